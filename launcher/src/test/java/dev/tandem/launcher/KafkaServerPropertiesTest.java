package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

    private final Properties properties = KafkaServerProperties.of(19092, 19093, Path.of("/data/kafka"));

    @Test
    void oneNodeIsBrokerAndController() {
        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(properties.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
    }

    @Test
    void internalTopicsFitOneBroker() {
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.replication.factor"))
                .isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
    }

    @Test
    void keepsDataWhereTheLauncherSays() {
        assertThat(properties.getProperty("log.dirs"))
                .isEqualTo(Path.of("/data/kafka").toString());
        assertThat(properties.getProperty("num.partitions")).isEqualTo("3");
    }
}
