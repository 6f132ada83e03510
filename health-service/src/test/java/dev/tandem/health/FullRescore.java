package dev.tandem.health;

import static org.awaitility.Awaitility.await;

import com.sun.management.OperatingSystemMXBean;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.restassured.http.ContentType;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * A scorecard edit as a cs-admin makes it, timed until the rescore job it starts has rescored every account: what the
 * benchmarks print as "full rescore".
 */
final class FullRescore {

    static final String DEAR = "00000000-0000-0000-0000-00000000dea1";

    /** The accounts rescored, the wall time and the JVM's CPU time meanwhile. */
    record Timed(int accounts, double seconds, double cpuSeconds) {}

    private FullRescore() {}

    /**
     * Sets DEAR's first weight to {@code weight} (the scorecard as read names its version, the one the edit starts from)
     * and waits, polling every {@code poll}, until the rescore job completes; the job's progress is then read as a
     * cs-admin reads it.
     */
    static Timed afterWeightChange(int weight, Duration poll) {
        String body = Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/scorecards/{id}", DEAR)
                .then()
                .extract()
                .asString()
                .replaceFirst("\"weight\":\\d+(\\.0+)?,", "\"weight\":" + weight + ",");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        var changed = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/scorecards/{id}", DEAR)
                .then()
                .extract()
                .response();
        if (changed.statusCode() != 200) {
            throw new IllegalStateException("The scorecard change answered " + changed.statusCode() + ": "
                    + changed.body().asString());
        }
        String job = changed.path("rescore.id");
        // The job's row, read over JDBC: a REST call a poll costs the JVM under test more (RestAssured's Groovy path
        // lookups were a fifth of its CPU samples during a rescore) than the answer is worth.
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(poll)
                .until(() -> "COMPLETED"
                        .equals(HealthDatabase.value(
                                "SELECT status FROM rescore_job WHERE id = '" + UUID.fromString(job) + "'")));
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        int accounts = job(job).path("accountsTotal");
        return new Timed(accounts, seconds, cpuSeconds);
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> job(String id) {
        return Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/rescore-jobs/{id}", id)
                .then()
                .extract();
    }
}
