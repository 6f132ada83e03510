package dev.tandem.platform.readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the service's database answers {@code SELECT 1} through its reactive pool within
 * {@link ReadinessConfig#timeout()}, DOWN otherwise.
 *
 * <p>It stands in for Quarkus's two datasource checks: the reactive one waits up to 20 s for its answer and the JDBC
 * one (whose pool only Flyway uses) opens a connection of its own on every probe, so a database that does not answer
 * at all (a dropped network rather than a refused connection) held every probe until the orchestrator gave up on it.
 */
@Readiness
@ApplicationScoped
public class PostgresCheck implements AsyncHealthCheck {

    static final String NAME = "PostgreSQL";

    private final Pool pool;
    private final Duration timeout;

    public PostgresCheck(Pool pool, ReadinessConfig config) {
        this.pool = pool;
        this.timeout = config.timeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query("SELECT 1")
                .execute()
                .ifNoItem()
                .after(timeout)
                .fail()
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure()
                .recoverWithItem(failure -> HealthCheckResponse.named(NAME)
                        .down()
                        .withData("reason", reason(failure))
                        .build());
    }

    private String reason(Throwable failure) {
        return failure instanceof io.smallrye.mutiny.TimeoutException
                ? "no answer within " + timeout.toMillis() + " ms"
                : "no connection: " + failure.getClass().getSimpleName();
    }
}
