package dev.tandem.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the platform's consumers are behind the broker: the records of every topic not yet committed by every
 * consumer group. A measurement taken while the services still digest a backfill measures the backfill.
 */
final class ConsumerLag {

    private final String bootstrapServers;

    ConsumerLag(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Waits until no consumer group is behind, or {@code patience} ran out; returns the lag left. */
    long awaitCaughtUp(Duration patience) {
        return Eventually.poll(patience, this::total, lag -> lag == 0);
    }

    /**
     * Records of {@code topic} on the broker that {@code group} has not committed yet, over every partition of it; empty
     * while the group has committed nothing on the topic (it does not run, or has not started).
     */
    OptionalLong behind(String topic, String group) {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(settings)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetSpec> partitions =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .collect(Collectors.toMap(
                                    partition -> new TopicPartition(topic, partition.partition()),
                                    partition -> OffsetSpec.latest()));
            if (partitions.keySet().stream().noneMatch(committed::containsKey)) {
                return OptionalLong.empty();
            }
            long lag = 0;
            for (var end : admin.listOffsets(partitions).all().get().entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                lag += end.getValue().offset() - (offset == null ? 0 : offset.offset());
            }
            return OptionalLong.of(lag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of " + group, e.getCause());
        }
    }

    /** Records on the broker not yet committed, summed over every group and partition it reads. */
    long total() {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(settings)) {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get();
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                                committed.keySet().stream()
                                        .collect(Collectors.toMap(
                                                partition -> partition, partition -> OffsetSpec.latest())))
                        .all()
                        .get();
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        lag += Math.max(
                                0,
                                ends.get(entry.getKey()).offset()
                                        - entry.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the consumer groups' offsets", e.getCause());
        }
    }
}
