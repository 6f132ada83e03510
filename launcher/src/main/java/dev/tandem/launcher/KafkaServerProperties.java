package dev.tandem.launcher;

import java.nio.file.Path;
import java.util.Properties;

/** The broker's {@code server.properties}: one KRaft node that is broker and controller, on 127.0.0.1 only. */
final class KafkaServerProperties {

    static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";

    private KafkaServerProperties() {}

    static Properties of(int brokerPort, int controllerPort, Path dataDirectory) {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", String.valueOf(NODE_ID));
        // A static voter set: the controller's address is read from here on every start, not stored in the log, so
        // moving TANDEM_KAFKA_CONTROLLER_PORT later keeps the data usable.
        properties.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        properties.setProperty(
                "listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", dataDirectory.toString());
        properties.setProperty("num.partitions", String.valueOf(KafkaTopics.PARTITIONS));
        // One broker: internal topics cannot have more replicas than that.
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("offsets.topic.num.partitions", "3");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Consumers join at once instead of waiting three seconds for a group that will never grow.
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        return properties;
    }
}
