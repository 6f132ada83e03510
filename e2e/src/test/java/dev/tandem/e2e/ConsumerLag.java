package dev.tandem.e2e;

import java.time.Duration;
import java.util.Map;
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
