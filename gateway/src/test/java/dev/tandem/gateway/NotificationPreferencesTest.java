package dev.tandem.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notification preferences in GraphQL: a CSM's own, kept by cta-service under the token's subject, and anyone's for a
 * cs-admin; the Slack URL the CSM wrote comes back to them cut to its host and whole to the cs-admin.
 */
@QuarkusTest
@TestProfile(FakeServicesProfile.class)
@WithTandemInfrastructure
class NotificationPreferencesTest {

    private static final String SLACK = "https://hooks.slack.example/services/T000/B000/secret";

    private static final String UPDATE_MINE = """
            mutation Mine($preferences: NotificationPreferencesInput!) {
              updateMyNotificationPreferences(preferences: $preferences) {
                person email slackUrl kinds { kind channels digest }
              }
            }
            """;

    @Test
    void aCsmChoosesChannelsPerKindAndSeesTheirWebhookCutToItsHost() {
        String nora = TestTokens.forUser("csm-nora", TestTokens.CSM);
        Map<String, Object> preferences = Map.of(
                "email",
                "nora@example.com",
                "slackUrl",
                SLACK,
                "kinds",
                List.of(
                        Map.of("kind", "DETRACTOR", "channels", List.of("EMAIL", "SLACK")),
                        Map.of("kind", "CTA_OVERDUE", "channels", List.of("EMAIL"), "digest", true)));

        GraphQL.withToken(nora, UPDATE_MINE, Map.of("preferences", preferences))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateMyNotificationPreferences.person", equalTo("csm-nora"))
                .body("data.updateMyNotificationPreferences.slackUrl", equalTo("https://hooks.slack.example/..."))
                .body("data.updateMyNotificationPreferences.kinds", hasSize(5));

        GraphQL.withToken(nora, "{ myNotificationPreferences { email kinds { kind channels digest } } }", Map.of())
                .statusCode(200)
                .body("data.myNotificationPreferences.email", equalTo("nora@example.com"))
                .body(
                        "data.myNotificationPreferences.kinds.find { it.kind == 'DETRACTOR' }.channels",
                        equalTo(List.of("EMAIL", "SLACK")))
                .body("data.myNotificationPreferences.kinds.find { it.kind == 'CTA_OVERDUE' }.digest", equalTo(true));

        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        "query Theirs($p: String!) { notificationPreferences(person: $p) { slackUrl } }",
                        Map.of("p", "csm-nora"))
                .statusCode(200)
                .body("data.notificationPreferences.slackUrl", equalTo(SLACK));
    }

    @Test
    void aCsAdminReplacesSomeoneElsesPreferences() {
        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        """
                        mutation Theirs($p: String!, $preferences: NotificationPreferencesInput!) {
                          updateNotificationPreferences(person: $p, preferences: $preferences) {
                            person kinds { kind channels }
                          }
                        }
                        """,
                        Map.of(
                                "p",
                                "csm-otto",
                                "preferences",
                                Map.of("kinds", List.of(Map.of("kind", "ACCOUNT_RED", "channels", List.of("TEAMS"))))))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.updateNotificationPreferences.person", equalTo("csm-otto"))
                .body(
                        "data.updateNotificationPreferences.kinds.find { it.kind == 'ACCOUNT_RED' }.channels[0]",
                        equalTo("TEAMS"));
    }

    @Test
    void anAddressCtaServiceRefusesIsValidationNamingEmail() {
        GraphQL.as(
                        TestTokens.CSM,
                        UPDATE_MINE,
                        Map.of("preferences", Map.of("email", "not-an-address", "kinds", List.of())))
                .statusCode(200)
                .body("data.updateMyNotificationPreferences", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("email: must be an e-mail address"));
    }

    @Test
    void aBlankPersonIsValidationNamingIt() {
        GraphQL.as(
                        TestTokens.CS_ADMIN,
                        "query Theirs($p: String!) { notificationPreferences(person: $p) { person } }",
                        Map.of("p", " "))
                .statusCode(200)
                .body("data.notificationPreferences", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("person"));
    }
}
