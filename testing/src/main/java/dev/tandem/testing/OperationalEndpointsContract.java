package dev.tandem.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every service offers operators: health probes backed by real checks and Prometheus metrics, without a token,
 * and its OpenAPI document to anyone with a valid token. A service's test extends this and names the readiness checks it must have.
 */
public abstract class OperationalEndpointsContract {

    /** Names of the readiness checks the service must report, e.g. its database and Kafka. */
    protected abstract List<String> expectedReadinessChecks();

    @Test
    void readinessReportsUpWithItsDependencies() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(expectedReadinessChecks().toArray(String[]::new)));
    }

    /**
     * Quarkus's own Kafka and datasource checks wait up to a minute for a dependency that does not answer, so a probe
     * hangs instead of reporting DOWN; the platform's bounded checks answer for them ({@link DependencyOutageContract}).
     */
    @Test
    void readinessHasNoCheckThatWaitsLongerThanAProbe() {
        given().when()
                .get("/q/health/ready")
                .then()
                .body(
                        "checks.name",
                        not(hasItems(
                                "Kafka connection health check",
                                "Reactive PostgreSQL connections health check",
                                "Database connections health check")));
    }

    @Test
    void livenessAndStartupAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("process_cpu_usage"));
    }

    @Test
    void openApiDocumentIsPublishedToAuthenticatedCallers() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(401);
        Api.as(TestTokens.VIEWER)
                .accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", containsString("3."));
    }
}
