package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The voice of the customer across the services, through public interfaces only: a cs-admin defines an NPS survey and
 * sends a campaign to one account's decision makers through GraphQL; the invitation lands in the local stack's mail
 * catcher, once, and not with the account's other person; its personal link answers without a token, once (then 409);
 * the detractor's answer reaches health-service as an NPS signal and moves the account's NPS in GraphQL within seconds,
 * and the campaign's results count it. Notification preferences go through GraphQL to cta-service, which shows a
 * CSM's Slack URL to them cut to its host and whole to a cs-admin.
 *
 * <p>The steps build on each other and run in order; the account and addresses are this run's own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String ACCOUNT = "survey-" + RUN;
    private static final String DECIDER = "dana-" + RUN + "@survey.example";
    private static final String MEMBER = "mo-" + RUN + "@survey.example";
    private static final Pattern ANSWER_LINK = Pattern.compile("https?://\\S+/api/v1/public/survey-responses/\\S+");

    private static final String CAMPAIGN = """
            mutation Start($campaign: SurveyCampaignInput!) {
              createSurveyCampaign(campaign: $campaign) { id status }
            }
            """;
    private static final String STATUS = "query ($id: UUID!) { surveyCampaign(id: $id) { status recipients } }";
    private static final String NPS = """
            query ($account: String!) { growthMetrics(days: 30, accountExternalId: $account) { nps npsAnswers } }
            """;
    private static final String RESULTS = """
            query ($id: UUID!) {
              surveyCampaignResults(campaignId: $id) {
                invited sent responses responseRate score { answers detractors nps }
                comments { score comment }
              }
            }
            """;

    private static HttpClient http;
    private static IntegratorSide integrator;
    private static GraphQl adminGraph;
    private static GraphQl csmGraph;
    private static MailCatcher mails;
    private static String csmId;
    private static String campaignId;
    private static String answerLink;

    @BeforeAll
    static void connect() {
        LocalStack stack = LocalStack.shared();
        Endpoints endpoints = stack.endpoints();
        Credentials credentials = Credentials.localStack();
        http = PlatformClient.newHttpClient();
        TokenSource integratorTokens = TokenSource.clientCredentials(
                http, endpoints.tokenEndpoint(), credentials.integratorClient(), credentials.integratorSecret());
        TokenSource adminTokens = TokenSource.password(
                http,
                endpoints.tokenEndpoint(),
                credentials.userClient(),
                credentials.adminUser(),
                credentials.adminPassword());
        TokenSource csmTokens = TokenSource.password(
                http,
                endpoints.tokenEndpoint(),
                credentials.userClient(),
                credentials.firstCsm(),
                credentials.firstCsmPassword());
        csmId = csmTokens.subject();
        integrator = new IntegratorSide(
                new PlatformClient(http, integratorTokens), endpoints, stack.kafkaBootstrapServers(), ACCOUNT);
        adminGraph = new GraphQl(http, stack.gateway(), adminTokens);
        csmGraph = new GraphQl(http, stack.gateway(), csmTokens);
        mails = new MailCatcher(http, stack.mailCatcher());
    }

    @AfterAll
    static void disconnect() {
        if (integrator != null) {
            integrator.close();
        }
    }

    @Test
    @Order(1)
    void aCampaignToTheAccountsDecisionMakersEmailsThemOnceAndNobodyElse() {
        integrator.upsertAccount(Map.of("name", "Survey Works " + RUN, "plan", "team"));
        // The member first: account events are ordered per account, so once cta-service knows the decision maker it
        // knows the member too, and the member's empty inbox means something.
        integrator.upsertUser("mo-" + RUN, Map.of("email", MEMBER, "name", "Mo Member", "role", "MEMBER"));
        integrator.upsertUser(
                "dana-" + RUN, Map.of("email", DECIDER, "name", "Dana Decider", "role", "DECISION_MAKER"));
        String accountId = Eventually.poll(PATIENCE, SurveyIT::accountId, id -> id != null);
        String surveyId = adminGraph
                .data(
                        """
                        mutation Save($survey: SurveyInput!) { saveSurvey(survey: $survey) { id kind version } }
                        """,
                        Map.of(
                                "survey",
                                Map.of(
                                        "name",
                                        "Decision makers' NPS " + RUN,
                                        "kind",
                                        "NPS",
                                        "subject",
                                        "How likely are you to recommend us, " + RUN + "?",
                                        "intro",
                                        "One question, and a comment if you like.")))
                .path("saveSurvey")
                .path("id")
                .asText();

        // cta-service learns of the people over Kafka: a campaign that runs before it has heard of them asks nobody,
        // so the cs-admin tries again until one asks the decision maker (the throttle keeps anyone from a second ask).
        JsonNode done = Eventually.poll(
                PATIENCE,
                () -> startAndRun(surveyId, accountId),
                campaign -> campaign.path("recipients").asInt() == 1);
        assertThat(done.path("recipients").asInt()).as("campaign %s", done).isEqualTo(1);

        List<JsonNode> invitations = Eventually.poll(PATIENCE, () -> mails.to(DECIDER), caught -> !caught.isEmpty());
        assertThat(invitations).hasSize(1);
        JsonNode invitation = invitations.get(0);
        assertThat(invitation.path("subject").asText()).isEqualTo("How likely are you to recommend us, " + RUN + "?");
        assertThat(invitation.path("body").asText()).contains("Dana Decider", "Survey Works " + RUN);
        Matcher link = ANSWER_LINK.matcher(invitation.path("body").asText());
        assertThat(link.find()).as("a response link in %s", invitation).isTrue();
        answerLink = link.group();
        assertThat(mails.to(MEMBER)).as("the member is no decision maker").isEmpty();
    }

    @Test
    @Order(2)
    void thePersonalLinkAnswersWithoutATokenOnceThenConflicts() {
        assertThat(answerLink).as("the invitation's link").isNotNull();
        HttpResponse<String> form =
                publicCall(HttpRequest.newBuilder(URI.create(answerLink)).GET());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"key\":\"score\"", "Survey Works " + RUN);

        JsonNode before = npsOfTheAccount();
        assertThat(before.path("npsAnswers").asInt()).isZero();
        assertThat(before.path("nps").isNull())
                .as("no answers yet: no NPS, not 0")
                .isTrue();

        String answer = "{\"answers\": {\"score\": 2, \"comment\": \"Setup took us weeks " + RUN + "\"}}";
        HttpResponse<String> first = publicCall(answer(answer));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> second = publicCall(answer("{\"answers\": {\"score\": 10}}"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void theDetractorMovesTheAccountsNpsAndTheCampaignsResults() {
        JsonNode nps = Eventually.poll(
                PATIENCE,
                SurveyIT::npsOfTheAccount,
                figures -> figures.path("npsAnswers").asInt() == 1);
        assertThat(nps.path("npsAnswers").asInt()).as("NPS of %s", ACCOUNT).isEqualTo(1);
        assertThat(nps.path("nps").asInt()).isEqualTo(-100);

        JsonNode results = Eventually.poll(
                PATIENCE,
                () -> adminGraph.data(RESULTS, Map.of("id", campaignId)).path("surveyCampaignResults"),
                figures -> figures.path("responses").asInt() == 1);
        assertThat(results.path("invited").asInt()).isEqualTo(1);
        assertThat(results.path("sent").asInt()).isEqualTo(1);
        assertThat(results.path("responses").asInt()).isEqualTo(1);
        assertThat(results.path("responseRate").asDouble()).isEqualTo(1.0);
        assertThat(results.path("score").path("detractors").asInt()).isEqualTo(1);
        assertThat(results.path("score").path("nps").asInt()).isEqualTo(-100);
        assertThat(results.path("comments").get(0).path("comment").asText()).isEqualTo("Setup took us weeks " + RUN);
        assertThat(mails.to(DECIDER))
                .as("still one invitation, whatever ran since")
                .hasSize(1);
    }

    @Test
    @Order(4)
    void aCsmsSlackUrlGoesThroughGraphqlAndComesBackCutToItsHostButWholeToACsAdmin() {
        String slack = "https://hooks.slack.example/services/T0/B0/" + RUN;
        JsonNode mine = csmGraph.data(
                        """
                        mutation Mine($preferences: NotificationPreferencesInput!) {
                          updateMyNotificationPreferences(preferences: $preferences) {
                            person slackUrl kinds { kind channels digest }
                          }
                        }
                        """,
                        Map.of(
                                "preferences",
                                Map.of(
                                        "slackUrl",
                                        slack,
                                        "kinds",
                                        List.of(Map.of("kind", "DETRACTOR", "channels", List.of("SLACK"))))))
                .path("updateMyNotificationPreferences");
        assertThat(mine.path("person").asText()).isEqualTo(csmId);
        assertThat(mine.path("slackUrl").asText()).isEqualTo("https://hooks.slack.example/...");
        assertThat(mine.path("kinds")).hasSize(5);

        JsonNode theirs = adminGraph
                .data("query ($p: String!) { notificationPreferences(person: $p) { slackUrl } }", Map.of("p", csmId))
                .path("notificationPreferences");
        assertThat(theirs.path("slackUrl").asText()).isEqualTo(slack);

        JsonNode refused = csmGraph.answer("""
                mutation { updateMyNotificationPreferences(preferences: {email: "no address", kinds: []}) { person } }
                """, Map.of());
        assertThat(refused.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("VALIDATION");
        assertThat(refused.path("errors").get(0).path("message").asText()).contains("email");
    }

    /** Starts a campaign to the account's decision makers and waits until it ran; its status and recipients. */
    private static JsonNode startAndRun(String surveyId, String accountId) {
        String id = adminGraph
                .data(
                        CAMPAIGN,
                        Map.of(
                                "campaign",
                                Map.of(
                                        "surveyId",
                                        surveyId,
                                        "name",
                                        "Decision makers " + RUN,
                                        "audience",
                                        Map.of("accountIds", List.of(accountId), "roles", List.of("DECISION_MAKER")))))
                .path("createSurveyCampaign")
                .path("id")
                .asText();
        campaignId = id;
        JsonNode ran = Eventually.poll(
                PATIENCE,
                () -> adminGraph.data(STATUS, Map.of("id", id)).path("surveyCampaign"),
                campaign -> campaign.path("status").asText().equals("DONE"));
        return ran.path("status").asText().equals("DONE") ? ran : MissingNode.getInstance();
    }

    private static String accountId() {
        JsonNode id = adminGraph
                .answer("query ($id: String!) { account(externalId: $id) { id } }", Map.of("id", ACCOUNT))
                .path("data")
                .path("account")
                .path("id");
        return id.isTextual() ? id.asText() : null;
    }

    private static JsonNode npsOfTheAccount() {
        return csmGraph.data(NPS, Map.of("account", ACCOUNT)).path("growthMetrics");
    }

    private static HttpRequest.Builder answer(String body) {
        return HttpRequest.newBuilder(URI.create(answerLink))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A call as the recipient's browser makes it: no token at all. */
    private static HttpResponse<String> publicCall(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
