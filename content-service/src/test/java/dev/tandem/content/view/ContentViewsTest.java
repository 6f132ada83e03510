package dev.tandem.content.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.content.Fixtures;
import dev.tandem.events.Topics;
import dev.tandem.events.content.ContentViewed;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** content_viewed signals are counted per item and per account, once per signal however often it arrives. */
@QuarkusTest
@WithTandemInfrastructure(database = "content")
class ContentViewsTest {

    private static final String VIEW = """
            {"eventId": "%2$s", "accountId": "%1$s", "userId": "ana", "type": "content_viewed", "name": "%3$s",
             "occurredAt": "2026-11-02T10:00:00Z", "properties": {"completed": %4$s}}
            """;

    @Test
    void viewsAndCompletionsAreCountedOncePerEventAndAnnounced() throws Exception {
        UUID account = UUID.randomUUID();
        UUID ana = UUID.randomUUID();
        String external = "crm-" + account;
        Fixtures.accountCreated(account, external, "Growth", "LOW");
        Fixtures.userCreated(account, ana, "ana", "ADMIN");
        UUID item = Fixtures.item("""
                {"type": "SETUP_VIDEO", "title": "Welcome", "url": "https://videos.example.com/w", "language": "en",
                 "status": "PUBLISHED"}
                """);
        // Let the projection learn the account first, so that the view can be announced with Tandem's ids.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.sql("SELECT 1 FROM user_ref WHERE user_id = '" + ana + "'") != null);

        view(external, "v1", item, false);
        view(external, "v1", item, false);
        view(external, "v2", item, true);
        view(external, "v3", UUID.randomUUID(), false);
        view("unknown-" + account, "v1", item, false);

        await().atMost(Duration.ofSeconds(30)).until(() -> itemViews(item).getLong("views") == 3);
        JsonPath totals = itemViews(item);
        assertThat(totals.getLong("completions")).isEqualTo(1);
        assertThat(totals.getLong("accounts")).isEqualTo(2);

        JsonPath perAccount = Api.as(TestTokens.CSM)
                .get("/api/v1/accounts/{id}/content-views", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(perAccount.getList("items.contentId")).containsExactly(item.toString());
        assertThat(perAccount.getLong("items[0].views")).isEqualTo(2);
        assertThat(perAccount.getLong("items[0].completions")).isEqualTo(1);

        var announced = new TopicReader(Fixtures.kafka())
                .findAll(
                        Topics.CONTENT_EVENTS,
                        r -> account.toString().equals(r.key())
                                && ContentViewed.TYPE.equals(TopicReader.header(r, "ce_type")),
                        Duration.ofSeconds(10));
        assertThat(announced).hasSize(2);
        ContentViewed completed = new ObjectMapper()
                .findAndRegisterModules()
                .readValue(announced.get(1).value(), ContentViewed.class);
        assertThat(completed.contentId()).isEqualTo(item);
        assertThat(completed.userId()).isEqualTo(ana);
        assertThat(completed.completed()).isTrue();
    }

    @Test
    void aRecordThatIsNotASignalIsParkedAndTheNextOneCounted() {
        UUID item = Fixtures.item("""
                {"type": "FAQ", "title": "Parking", "body": "x", "language": "en", "status": "PUBLISHED"}
                """);
        String external = "parked-" + UUID.randomUUID();
        try (var writer = new TopicWriter(Fixtures.kafka())) {
            writer.send(
                    Topics.SIGNALS_RAW,
                    external,
                    "{\"eventId\": ",
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(), Signal.TYPE, "/health-service", external));
        }
        view(external, "after-the-bad-one", item, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> itemViews(item).getLong("views") == 1);
        assertThat(new TopicReader(Fixtures.kafka())
                        .find(
                                Topics.deadLetter(Topics.SIGNALS_RAW),
                                r -> external.equals(r.key()),
                                Duration.ofSeconds(20)))
                .isPresent();
    }

    private static void view(String account, String eventId, UUID item, boolean completed) {
        Fixtures.signal(
                account, eventId, VIEW.replace("%3$s", item.toString()).replace("%4$s", String.valueOf(completed)));
    }

    private static JsonPath itemViews(UUID item) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/content/{id}/views", item)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
