package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads that fail for a transient reason are tried again, writes never; a service failing most calls is left alone by
 * its circuit breaker until it recovers. Uses content-service's program endpoints, which no other test needs healthy.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class FaultToleranceTest {

    private static final String PROGRAMS = "{ programs { id } }";
    private static final String READS = "GET /api/v1/programs";

    @BeforeEach
    @AfterEach
    void healthyServices() {
        FakeServices.reset();
    }

    @Test
    void aReadThatFailedOnceIsTriedAgain() {
        FakeServices.PROGRAM_FAILURES.set(1);

        GraphQL.as(TestTokens.VIEWER, PROGRAMS).statusCode(200).body("errors", nullValue());

        assertThat(FakeServices.calls(READS)).isEqualTo(2);
    }

    @Test
    void aWriteIsNeverTriedTwice() {
        FakeServices.PROGRAM_FAILURES.set(1);

        GraphQL.as(TestTokens.CS_ADMIN, "mutation { createProgram(document: {name: \"Onboarding\"}) { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAVAILABLE"));

        assertThat(FakeServices.calls("POST /api/v1/programs")).isEqualTo(1);
    }

    @Test
    void aFailingServiceIsLeftAloneUntilItRecovers() {
        FakeServices.PROGRAM_FAILURES.set(Integer.MAX_VALUE);
        for (int i = 0; i < 10; i++) {
            GraphQL.as(TestTokens.VIEWER, PROGRAMS).body("errors[0].extensions.code", equalTo("UNAVAILABLE"));
        }
        int callsSoFar = FakeServices.calls(READS);

        GraphQL.as(TestTokens.VIEWER, PROGRAMS).body("errors[0].extensions.code", equalTo("UNAVAILABLE"));

        assertThat(FakeServices.calls(READS))
                .as("the open circuit answers at once")
                .isEqualTo(callsSoFar);
        FakeServices.PROGRAM_FAILURES.set(0);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> GraphQL.as(TestTokens.VIEWER, PROGRAMS).extract().path("errors") == null);
    }
}
