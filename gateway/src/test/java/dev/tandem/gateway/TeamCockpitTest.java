package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cs-admin's team cockpit shows queued CTAs with their queue; the queues list what waits where. */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class TeamCockpitTest {

    private static final String TEAM = """
            query Team($queue: String) {
              teamCockpit(queue: $queue, first: 20) { urgency accountName cta { ownerId queue status } }
            }
            """;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void theTeamCockpitIsNarrowedToAQueueAndShowsIt() {
        GraphQL.as(TestTokens.CS_ADMIN, TEAM, Map.of("queue", "Digital CS"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.teamCockpit[0].cta.queue", equalTo("Digital CS"))
                .body("data.teamCockpit[0].cta.ownerId", nullValue())
                .body("data.teamCockpit[0].urgency", equalTo(61.5f));

        assertThat(FakeServices.lastQuery("GET /api/v1/cockpit/team"))
                .containsEntry("queue", List.of("Digital CS"))
                .containsEntry("first", List.of("20"));
    }

    @Test
    void theQueuesSayHowManyCtasWaitInEach() {
        GraphQL.as(TestTokens.CSM, "{ ctaQueues { name open } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.ctaQueues.name", contains("Digital CS"))
                .body("data.ctaQueues.open", contains(3));
    }
}
