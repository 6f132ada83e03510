package dev.tandem.testing.kafka;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far consumer groups are behind on a topic, as the broker sees it: for each partition, its end offset minus the
 * group's committed offset, summed. This is the lag an operator watches; it counts records, not the work they take.
 * A group that never committed an offset on the topic has no lag to tell ({@link OptionalLong#empty()}): nothing of
 * it runs against this broker.
 */
public final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Each of {@code groups}' lag on {@code topic}, in the order given. */
    public Map<String, OptionalLong> of(String topic, Collection<String> groups) {
        try {
            Set<TopicPartition> partitions =
                    admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .map(partition -> new TopicPartition(topic, partition.partition()))
                            .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all()
                    .get();
            Map<String, OptionalLong> lags = new LinkedHashMap<>();
            for (String group : groups) {
                lags.put(group, lag(group, partitions, ends));
            }
            return lags;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not tell the offsets of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private OptionalLong lag(
            String group, Set<TopicPartition> partitions, Map<TopicPartition, ListOffsetsResultInfo> ends)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        if (partitions.stream().noneMatch(partition -> committed.get(partition) != null)) {
            return OptionalLong.empty();
        }
        long lag = 0;
        for (TopicPartition partition : partitions) {
            long consumed = Optional.ofNullable(committed.get(partition))
                    .map(OffsetAndMetadata::offset)
                    .orElse(0L);
            lag += Math.max(0, ends.get(partition).offset() - consumed);
        }
        return OptionalLong.of(lag);
    }

    @Override
    public void close() {
        admin.close();
    }
}
