package dev.tandem.account.lifecycle;

import static org.awaitility.Awaitility.await;

import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Onboarding ends when content-service says so, over Kafka. */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class OnboardingOutcomeTest {

    private final String kafka = EmbeddedInfrastructure.shared().kafkaBootstrapServers();

    @Test
    void anExtensionKeepsOnboardingAndSuccessMovesTheAccountToAdoptionOnce() {
        String externalId = TestAccounts.create("Onboarding Outcome", "FREE");
        TestAccounts.addContract(
                externalId,
                "c-1",
                "30000",
                LocalDate.now().minusDays(45),
                LocalDate.now().plusDays(320));
        String accountId = TestAccounts.idOf(externalId);

        try (var writer = new TopicWriter(kafka)) {
            send(writer, accountId, OnboardingExtended.TYPE, UUID.randomUUID().toString(), """
                    {"enrollmentId": "%s", "accountId": "%s", "programId": "%s", "newDueOn": "%s",
                     "extensionDays": 30}
                    """.formatted(
                            UUID.randomUUID(),
                            accountId,
                            UUID.randomUUID(),
                            LocalDate.now().plusDays(30)));
            String success = UUID.randomUUID().toString();
            String succeeded = """
                    {"enrollmentId": "%s", "accountId": "%s", "programId": "%s", "succeededOn": "%s",
                     "daysTaken": 41}
                    """.formatted(UUID.randomUUID(), accountId, UUID.randomUUID(), LocalDate.now());
            send(writer, accountId, OnboardingSucceeded.TYPE, success, succeeded);
            send(writer, accountId, OnboardingSucceeded.TYPE, success, succeeded);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> "ADOPTION".equals(stage(externalId)));
        TopicReader topics = new TopicReader(kafka);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> topics.findAll(
                                        Topics.ACCOUNT_EVENTS,
                                        r -> accountId.equals(r.key())
                                                && r.value().contains("\"stage\":\"ADOPTION\""),
                                        Duration.ofSeconds(1))
                                .size()
                        == 1);
    }

    private static void send(TopicWriter writer, String accountId, String type, String id, String data) {
        writer.send(
                Topics.CONTENT_EVENTS,
                accountId,
                data,
                TopicWriter.cloudEventHeaders(id, type, "/content-service", accountId));
    }

    private static String stage(String externalId) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}", externalId)
                .then()
                .extract()
                .path("stage");
    }
}
