package dev.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.platform.inbox.ProcessedEventsCleanup;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "platform")
class ProcessedEventsCleanupTest {

    @Inject
    ProcessedEventsCleanup cleanup;

    @Test
    void idsPastTheRetentionAreDeletedAndRecentOnesKept() throws Throwable {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        execute(
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('test', ?, now() - interval '8 days')",
                old);
        execute(
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('test', ?, now() - interval '1 day')",
                recent);

        int deleted = VertxContextSupport.subscribeAndAwait(() -> cleanup.deleteExpired());

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(count(old)).isZero();
        assertThat(count(recent)).isEqualTo(1);
    }

    private static void execute(String sql, String id) throws Exception {
        try (var connection = connect();
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private static long count(String id) throws Exception {
        try (var connection = connect();
                var statement =
                        connection.prepareStatement("SELECT count(*) FROM processed_event WHERE event_id = ?")) {
            statement.setString(1, id);
            var result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }

    private static java.sql.Connection connect() throws Exception {
        return DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("platform"), "postgres", "");
    }
}
