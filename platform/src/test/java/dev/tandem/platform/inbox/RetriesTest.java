package dev.tandem.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures the inbox gives up on at once, and which it retries. */
class RetriesTest {

    @Test
    void aMessageThatIsNoEventOrAValueTheDatabaseRefusesIsPermanent() {
        assertThat(Retries.isPermanent(new MalformedEventException("Not a CloudEvent")))
                .isTrue();
        assertThat(Retries.isPermanent(new IllegalStateException(
                        "error executing SQL statement",
                        new PgException("numeric field overflow", "ERROR", "22003", null))))
                .as("found in the cause chain")
                .isTrue();
        assertThat(Retries.isPermanent(new RuntimeException(new SQLException("invalid byte sequence", "22021"))))
                .isTrue();
    }

    @Test
    void anythingElseMayPass() {
        assertThat(Retries.isPermanent(new PgException("deadlock detected", "ERROR", "40P01", null)))
                .isFalse();
        assertThat(Retries.isPermanent(
                        new PgException("canceling statement due to lock timeout", "ERROR", "55P03", null)))
                .isFalse();
        assertThat(Retries.isPermanent(new SQLException("connection refused", "08001")))
                .isFalse();
        assertThat(Retries.isPermanent(new IllegalStateException("a bug, or a timeout")))
                .isFalse();
    }
}
