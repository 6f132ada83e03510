package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.PlatformException;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One customer's life, played through the public interfaces only and each step checked where a user would look: an
 * integrator (a real Keycloak client-credentials token) writes the account, its people and a paid contract over REST and
 * sends signals over REST and straight to Kafka; a cs-admin configures the onboarding program and the rules; the CSM
 * (a real Keycloak user) follows the account through the GraphQL gateway, its cockpit and its live subscriptions.
 *
 * <p>The steps build on each other and run in order. The account's plan is this run's own, and the program and rules
 * are scoped to it, so the suite shares the stack with other suites without either seeing the other's effects.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerLifeIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** The renewal rule's scheduler runs once a minute in the local stack. */
    private static final Duration RENEWAL_PATIENCE = Duration.ofMinutes(4);
    /** cta-service's built-in renewal-preparation playbook (its migration V5). */
    private static final String RENEWAL_PLAYBOOK = "5a0e0000-0000-4000-8000-000000000001";

    private static final int SEATS = 10;
    private static final int PEOPLE = 8;

    private static final String ACCOUNT_QUERY = """
            query ($id: String!) {
              account(externalId: $id) {
                id name stage plan csmId arr nextRenewalDate
                contracts { externalId seats status }
                onboarding { status program { name } milestones { name reachedOn } }
                health { score band explanation groups { key score measures { key rawValue points } } }
                ctas(status: OPEN) { id type priority ownerId tasks { title playbookId } }
              }
            }
            """;

    private static LocalStack stack;
    private static HttpClient http;
    private static IntegratorSide integrator;
    private static PlatformClient admin;
    private static GraphQl adminGraph;
    private static GraphQl csmGraph;
    private static GraphQl integratorGraph;
    private static TokenSource csm;
    private static String csmId;

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PLAN = "enterprise-" + RUN;
    private static final String ACCOUNT = "life-" + RUN;
    private static final String CONTRACT = "life-" + RUN + "-2026";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static String accountId;
    private static GraphQlSubscription ctaFeed;
    private static GraphQlSubscription healthFeed;

    @BeforeAll
    static void connect() {
        stack = LocalStack.shared();
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
        csm = TokenSource.password(
                http,
                endpoints.tokenEndpoint(),
                credentials.userClient(),
                credentials.firstCsm(),
                credentials.firstCsmPassword());
        csmId = csm.subject();
        integrator = new IntegratorSide(
                new PlatformClient(http, integratorTokens), endpoints, stack.kafkaBootstrapServers(), ACCOUNT);
        admin = new PlatformClient(http, adminTokens);
        adminGraph = new GraphQl(http, stack.gateway(), adminTokens);
        csmGraph = new GraphQl(http, stack.gateway(), csm);
        integratorGraph = new GraphQl(http, stack.gateway(), integratorTokens);
    }

    @AfterAll
    static void disconnect() {
        for (GraphQlSubscription feed : new GraphQlSubscription[] {ctaFeed, healthFeed}) {
            if (feed != null) {
                feed.close();
            }
        }
        if (integrator != null) {
            integrator.close();
        }
    }

    @Test
    @Order(1)
    void a_cs_admin_configures_an_onboarding_program_and_the_renewal_rule_through_graphql() {
        JsonNode program = adminGraph
                .data(
                        "mutation ($p: JSON!) { createProgram(document: $p) { id name periodDays } }",
                        Map.of("p", json("""
                                {"name": "Enterprise onboarding %s", "periodDays": 60, "plans": ["%s"],
                                 "description": "Data in, three people active, a first dashboard and a first result.",
                                 "milestones": [
                                   {"name": "Data connected", "kind": "SETUP_STEP_DONE", "subject": "connect-data"},
                                   {"name": "Three people active", "kind": "SEATS_ACTIVE", "threshold": 3},
                                   {"name": "First dashboard", "kind": "SETUP_STEP_DONE", "subject": "first-dashboard"},
                                   {"name": "First result reported", "kind": "ROI_REPORTED"}]}
                                """.formatted(RUN, PLAN))))
                .path("createProgram");
        createRule("""
                {"name": "Renewal in 120 days %s", "trigger": {"kind": "RENEWAL_APPROACHING", "days": 120},
                 "scope": {"plans": ["%s"]},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RENEWAL", "priority": "MEDIUM", "dueInDays": 14,
                              "playbookId": "%s"}]}
                """.formatted(RUN, PLAN, RENEWAL_PLAYBOOK));

        assertThat(program.path("periodDays").asInt()).isEqualTo(60);
        JsonNode configured = adminGraph.data("{ programs { name } rules { name enabled } }", Map.of());
        assertThat(names(configured.path("programs"))).contains("Enterprise onboarding " + RUN);
        assertThat(names(configured.path("rules"))).contains("Renewal in 120 days " + RUN);
    }

    @Test
    @Order(2)
    void an_integrators_new_paying_customer_appears_in_onboarding_enrolled_in_the_program() {
        integrator.upsertAccount(Map.of(
                "name", "Lifecycle Labs " + RUN, "industry", "Software", "employeeBand", "51-200", "plan", PLAN));
        for (int person = 1; person <= PEOPLE; person++) {
            integrator.upsertUser(
                    person(person),
                    Map.of(
                            "email",
                            person(person) + "@lifecycle.example",
                            "name",
                            "Person " + person,
                            "role",
                            person == 1 ? "ADMIN" : person == 2 ? "DECISION_MAKER" : "MEMBER",
                            "seat",
                            "PAID"));
        }
        integrator.upsertContract(CONTRACT, contract(SEATS, TODAY.plusDays(365)));
        accountId = Eventually.poll(PATIENCE, () -> accountIdOf(ACCOUNT), id -> id != null);
        admin.patch(stack.endpoints().account().resolve("/api/v1/accounts/" + ACCOUNT), Map.of("csmId", csmId));

        JsonNode account = awaitAccount(a -> "ONBOARDING".equals(a.path("stage").asText())
                && "IN_PROGRESS".equals(a.path("onboarding").path("status").asText())
                && csmId.equals(a.path("csmId").asText()));

        assertThat(account.path("stage").asText()).isEqualTo("ONBOARDING");
        assertThat(account.path("plan").asText()).isEqualTo(PLAN);
        assertThat(account.path("contracts").get(0).path("seats").asInt()).isEqualTo(SEATS);
        assertThat(account.path("onboarding").path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(account.path("onboarding").path("program").path("name").asText())
                .isEqualTo("Enterprise onboarding " + RUN);
        assertThat(account.path("onboarding").path("milestones")).hasSize(4);
    }

    /**
     * Two weeks of healthy use: the people log in most days, use four features, open the emails, attend a webinar and
     * answer the NPS survey well. The features come straight to Kafka, the rest over REST; both count.
     */
    @Test
    @Order(3)
    void signals_over_rest_and_straight_to_kafka_give_a_health_score_with_its_explanation() {
        Instant now = Instant.now();
        List<Map<String, Object>> rest = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            for (int person = 1; person <= PEOPLE; person++) {
                rest.add(signal("login", person(person), null, now.minus(day, ChronoUnit.DAYS), null));
            }
        }
        for (int person = 1; person <= PEOPLE; person++) {
            rest.add(signal("seat_activated", person(person), null, now.minusSeconds(120), null));
        }
        rest.add(signal("setup_step_completed", person(1), "connect-data", now.minusSeconds(60), null));
        for (int person = 1; person <= 4; person++) {
            rest.add(signal("email_opened", person(person), "welcome", now.minus(2, ChronoUnit.DAYS), null));
        }
        rest.add(signal("event_attended", person(2), "getting-started-webinar", now.minus(3, ChronoUnit.DAYS), null));
        rest.add(signal("nps_response", person(1), null, now.minus(1, ChronoUnit.DAYS), 9.0));
        integrator.sendOverRest(rest);
        List<Map<String, Object>> kafka = new ArrayList<>();
        for (String feature : List.of("dashboards", "reports", "alerts", "exports")) {
            kafka.add(signal("feature_used", person(3), feature, now.minus(1, ChronoUnit.DAYS), null));
        }
        integrator.produceToKafka(kafka);

        JsonNode health = awaitAccount(a -> measure(a, "adoption", "features")
                                        .path("rawValue")
                                        .asInt()
                                == 4
                        && measure(a, "deployment", "seat-use").path("rawValue").asDouble() == 0.8
                        && a.path("health").path("score").isInt())
                .path("health");

        assertThat(measure(health, "adoption", "features").path("rawValue").asInt())
                .as("the features produced straight to Kafka count")
                .isEqualTo(4);
        assertThat(measure(health, "adoption", "active-days").path("rawValue").asInt())
                .as("days with product use, sent over REST: twelve days of logins, and today's setup")
                .isEqualTo(13);
        assertThat(health.path("score").asInt()).isBetween(51, 100);
        assertThat(health.path("band").asText()).isIn("YELLOW", "GREEN");
        assertThat(health.path("explanation").asText()).isNotBlank();
        int shown = health.path("score").asInt();
        JsonNode recorded = Eventually.poll(
                PATIENCE,
                () -> csmGraph.data(
                                "query ($id: String!) { account(externalId: $id) { healthHistory(days: 7) { current } } }",
                                Map.of("id", ACCOUNT))
                        .path("account")
                        .path("healthHistory"),
                history -> history.path("current").asInt(-1) == shown);
        assertThat(recorded.path("current").asInt())
                .as("the score shown is the one recorded and announced, which the rules act on")
                .isEqualTo(shown);
        JsonNode milestones = awaitAccount(a -> reached(a).contains("Three people active"))
                .path("onboarding")
                .path("milestones");
        assertThat(reached(milestones)).containsExactlyInAnyOrder("Data connected", "Three people active");
    }

    /**
     * Real Keycloak tokens, refused: the integrator's token is not meant for the gateway, and health-service gives it
     * no scores either; the CSM configures no scorecards.
     */
    @Test
    @Order(4)
    void an_integrator_reads_nothing_about_health_and_a_csm_configures_nothing() {
        int gatewayStatus = integratorGraph.status(
                "query ($id: String!) { account(externalId: $id) { health { score } } }", Map.of("id", ACCOUNT));
        PlatformException restRead = catchThrowableOfType(
                () -> integrator
                        .client()
                        .get(stack.endpoints().health().resolve("/api/v1/accounts/" + ACCOUNT + "/health")),
                PlatformException.class);
        JsonNode csmConfigures = csmGraph.answer(
                "mutation ($s: JSON!) { createScorecard(document: $s) { id } }",
                Map.of("s", json("{\"name\": \"CSM's own\", \"groups\": []}")));

        assertThat(restRead.status()).isEqualTo(403);
        assertThat(csmConfigures
                        .path("errors")
                        .get(0)
                        .path("extensions")
                        .path("code")
                        .asText())
                .isEqualTo("FORBIDDEN");
        assertThat(gatewayStatus)
                .as("the integrator's token names no gateway audience")
                .isEqualTo(401);
    }

    /**
     * A drop in use as the score sees one. The platform's clock cannot be moved in an end-to-end run, so the old usage
     * cannot age out of its windows; instead the customer buys seats eight times over that nobody takes up, so use per
     * seat collapses, and tickets and two detractors follow.
     *
     * <p>The rule on red health is switched on here, once the account's history is in. A brand-new account's score is
     * computed from whatever has arrived, and the two weeks of history above arrive in several polls: on the way the
     * score may pass through red. Such a crossing happened before the rule was saved, so the rule leaves it alone even
     * when it reaches cta-service after the rule; the CTA comes from the drop below, with the score it brought.
     */
    @Test
    @Order(5)
    void a_usage_drop_turns_the_score_red_and_a_risk_cta_reaches_the_csms_cockpit_and_subscription() {
        createRule("""
                {"name": "Red health %s", "trigger": {"kind": "BAND_ENTERED", "band": "RED"},
                 "scope": {"plans": ["%s"]},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "priority": "HIGH", "dueInDays": 5}]}
                """.formatted(RUN, PLAN));
        healthFeed = GraphQlSubscription.open(
                http,
                stack.gateway(),
                csm.bearer(),
                "subscription { healthChanged(accountId: \"" + accountId
                        + "\") { accountId score band previousBand } }");
        ctaFeed = GraphQlSubscription.open(
                http,
                stack.gateway(),
                csm.bearer(),
                "subscription { ctaChanged(ownerId: \"" + csmId + "\") { change ctaId accountId ownerId } }");

        integrator.upsertContract(CONTRACT, contract(SEATS * 8, TODAY.plusDays(365)));
        Instant now = Instant.now();
        List<Map<String, Object>> trouble = new ArrayList<>();
        for (int ticket = 1; ticket <= 10; ticket++) {
            trouble.add(signal("ticket_opened", person(1 + ticket % PEOPLE), "ticket-" + ticket, now, null));
        }
        trouble.add(signal("nps_response", person(4), null, now, 2.0));
        trouble.add(signal("nps_response", person(5), null, now, 2.0));
        integrator.sendOverRest(trouble);

        JsonNode account =
                awaitAccount(a -> "RED".equals(a.path("health").path("band").asText())
                        && StreamSupport.stream(a.path("ctas").spliterator(), false)
                                .anyMatch(cta -> "RISK".equals(cta.path("type").asText())));
        JsonNode risk = StreamSupport.stream(account.path("ctas").spliterator(), false)
                .filter(cta -> "RISK".equals(cta.path("type").asText()))
                .findFirst()
                .orElseThrow();
        JsonNode cockpit = Eventually.poll(
                PATIENCE,
                () -> csmGraph.data(
                                "{ myCockpit(first: 200) { cta { id type accountId } accountName healthScore } }",
                                Map.of())
                        .path("myCockpit"),
                items -> itemFor(items, risk.path("id").asText()) != null);
        List<JsonNode> ctaEvents =
                Eventually.poll(PATIENCE, ctaFeed::events, events -> eventFor(events, "ctaChanged", accountId) != null);
        List<JsonNode> healthEvents = Eventually.poll(
                PATIENCE,
                healthFeed::events,
                events -> events.stream()
                        .anyMatch(e -> "RED"
                                .equals(e.path("healthChanged").path("band").asText())));

        assertThat(account.path("health").path("score").asInt()).isLessThanOrEqualTo(50);
        assertThat(measure(account, "deployment", "seat-use").path("rawValue").asDouble())
                .isEqualTo(0.1);
        assertThat(risk.path("ownerId").asText())
                .as("the account's CSM owns it")
                .isEqualTo(csmId);
        assertThat(risk.path("priority").asText()).isEqualTo("HIGH");
        JsonNode item = itemFor(cockpit, risk.path("id").asText());
        assertThat(item).as("the RISK CTA in the CSM's cockpit: %s", cockpit).isNotNull();
        assertThat(item.path("accountName").asText()).isEqualTo("Lifecycle Labs " + RUN);
        assertThat(item.path("healthScore").asInt()).isLessThanOrEqualTo(50);
        JsonNode created = eventFor(ctaEvents, "ctaChanged", accountId);
        assertThat(created)
                .as("a change on the CSM's CTA subscription: %s", ctaFeed.messages())
                .isNotNull();
        assertThat(created.path("ownerId").asText()).isEqualTo(csmId);
        assertThat(healthEvents)
                .as("the band change on the account's health subscription: %s", healthFeed.messages())
                .anyMatch(e -> "RED".equals(e.path("healthChanged").path("band").asText())
                        && e.path("healthChanged").path("accountId").asText().equals(accountId));
    }

    @Test
    @Order(6)
    void the_last_milestones_complete_and_onboarding_succeeds_moving_the_account_to_adoption() {
        Instant now = Instant.now();
        integrator.sendOverRest(List.of(
                signal("setup_step_completed", person(2), "first-dashboard", now, null),
                signal("roi_reported", person(1), "hours-saved-per-week", now, 12.0)));

        JsonNode account = awaitAccount(
                a -> "SUCCEEDED".equals(a.path("onboarding").path("status").asText())
                        && "ADOPTION".equals(a.path("stage").asText()));

        assertThat(account.path("onboarding").path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(reached(account.path("onboarding").path("milestones")))
                .containsExactlyInAnyOrder(
                        "Data connected", "Three people active", "First dashboard", "First result reported");
        assertThat(account.path("stage").asText()).isEqualTo("ADOPTION");
    }

    @Test
    @Order(7)
    void the_renewal_window_opens_a_renewal_cta_with_the_renewal_playbook() {
        LocalDate renewal = TODAY.plusDays(100);
        integrator.upsertContract(CONTRACT, contract(SEATS * 8, renewal));

        JsonNode account = Eventually.poll(RENEWAL_PATIENCE, () -> account(ACCOUNT), a -> renewalCta(a) != null);
        JsonNode cta = renewalCta(account);

        assertThat(cta).as("an open RENEWAL CTA: %s", account.path("ctas")).isNotNull();
        assertThat(account.path("nextRenewalDate").asText()).isEqualTo(renewal.toString());
        assertThat(cta.path("tasks")).hasSize(8);
        assertThat(cta.path("tasks"))
                .allSatisfy(task -> assertThat(task.path("playbookId").asText()).isEqualTo(RENEWAL_PLAYBOOK));
        assertThat(cta.path("ownerId").asText()).isEqualTo(csmId);
    }

    /**
     * The CSM records a QBR with the decision maker, held 80 days ago, through cta-service: health-service hears of it on
     * cta.events and "knows the decision maker" and the score move within seconds. A mail sync pushes the same e-mail
     * twice by its own id (as a cs-admin): one touchpoint, announced once.
     */
    @Test
    @Order(8)
    void a_touchpoint_with_the_decision_maker_moves_the_measure_and_the_score_and_a_resync_changes_nothing() {
        String decisionMaker = admin.get(
                        stack.endpoints().account().resolve("/api/v1/accounts/" + ACCOUNT + "/users/" + person(2)))
                .path("id")
                .asText();
        int scoreBefore = account(ACCOUNT).path("health").path("score").asInt();
        PlatformClient csmRest = new PlatformClient(http, csm);
        URI touchpoints = stack.endpoints().cta().resolve("/api/v1/accounts/" + accountId + "/touchpoints");
        Map<String, Object> qbr = new LinkedHashMap<>();
        qbr.put("type", "QBR");
        qbr.put("occurredAt", Instant.now().minus(80, ChronoUnit.DAYS).toString());
        qbr.put("subject", "Quarterly review with the buyer");
        qbr.put("participants", List.of(decisionMaker));
        qbr.put("sentiment", "POSITIVE");
        csmRest.post(touchpoints, qbr);

        JsonNode account = Eventually.poll(
                Duration.ofSeconds(30),
                () -> account(ACCOUNT),
                a -> decisionMakerMeasure(a).path("rawValue").asInt(-1) == 80);
        assertThat(decisionMakerMeasure(account).path("rawValue").asInt())
                .as("days since the QBR: %s", account.path("health"))
                .isEqualTo(80);
        assertThat(decisionMakerMeasure(account).path("points").asDouble()).isBetween(16.0, 17.0);
        assertThat(account.path("health").path("score").asInt()).isNotEqualTo(scoreBefore);

        URI synced = touchpoints.resolve(touchpoints.getPath() + "/external/mail/" + RUN + "-message-1");
        Map<String, Object> email = new LinkedHashMap<>();
        email.put("type", "EMAIL");
        email.put(
                "occurredAt",
                Instant.now()
                        .minus(1, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        email.put("subject", "Renewal terms");
        email.put("participants", List.of(decisionMaker));
        String first = admin.put(synced, email).path("id").asText();
        String again = admin.put(synced, email).path("id").asText();

        assertThat(again).isEqualTo(first);
        JsonNode emails = csmRest.get(URI.create(touchpoints + "?type=EMAIL"));
        assertThat(emails.path("items")).hasSize(1);
        List<String> announced = Eventually.poll(
                Duration.ofSeconds(30),
                () -> TopicRecords.all(stack.kafkaBootstrapServers(), "cta.events").stream()
                        .filter(r -> r.value().contains(first))
                        .map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                        .toList(),
                types -> !types.isEmpty());
        assertThat(announced)
                .as("the resync is not announced")
                .containsExactly("dev.tandem.cta.touchpoint-recorded.v1");
    }

    private static JsonNode decisionMakerMeasure(JsonNode account) {
        for (JsonNode group : account.path("health").path("groups")) {
            for (JsonNode measure : group.path("measures")) {
                if ("decision-maker".equals(measure.path("key").asText())) {
                    return measure;
                }
            }
        }
        return MissingNode.getInstance();
    }

    /**
     * The CSM reads the account's life in its timeline: touchpoints, CTAs, band changes, onboarding and the contract
     * from four services, newest first, a page at a time through the cursor.
     */
    @Test
    @Order(9)
    void the_accounts_timeline_shows_its_life_newest_first_across_the_services() {
        String query = """
                query ($id: String!, $after: String) {
                  account(externalId: $id) {
                    timeline(first: 5, after: $after) {
                      edges { node { occurredAt kind summary } }
                      pageInfo { hasNextPage endCursor }
                    }
                  }
                }
                """;
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("id", ACCOUNT);
            variables.put("after", after);
            JsonNode page = csmGraph.data(query, variables).path("account").path("timeline");
            page.path("edges").forEach(edge -> items.add(edge.path("node")));
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asText()
                    : null;
        } while (after != null && items.size() < 200);

        List<String> kinds =
                items.stream().map(item -> item.path("kind").asText()).toList();
        assertThat(kinds)
                .contains(
                        "TOUCHPOINT",
                        "CONTRACT_STARTED",
                        "CONTRACT_CHANGED",
                        "ONBOARDING_ENROLLED",
                        "MILESTONE_REACHED",
                        "ONBOARDING_SUCCEEDED",
                        "BAND_CHANGED",
                        "CTA_OPENED");
        List<Instant> times = items.stream()
                .map(item -> Instant.parse(item.path("occurredAt").asText()))
                .toList();
        assertThat(times).as("newest first: %s", kinds).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static void createRule(String document) {
        JsonNode rule = adminGraph
                .data(
                        "mutation ($r: JSON!) { createRule(document: $r) { id name enabled } }",
                        Map.of("r", json(document)))
                .path("createRule");
        assertThat(rule.path("enabled").asBoolean()).isTrue();
    }

    private static Map<String, Object> contract(int seats, LocalDate renewal) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("plan", PLAN);
        contract.put("arr", 48_000);
        contract.put("currency", "EUR");
        contract.put("seats", seats);
        contract.put("startDate", TODAY.toString());
        contract.put("renewalDate", renewal.toString());
        contract.put("autoRenew", false);
        contract.put("status", "ACTIVE");
        return contract;
    }

    private static Map<String, Object> signal(String type, String user, String name, Instant at, Double value) {
        return SignalBodies.signal(ACCOUNT, type, user, name, at, value);
    }

    private static String person(int number) {
        return ACCOUNT + "-person-" + number;
    }

    private static JsonNode awaitAccount(Predicate<JsonNode> done) {
        JsonNode account = Eventually.poll(PATIENCE, () -> account(ACCOUNT), done);
        assertThat(done.test(account))
                .as("the account as the CSM sees it: %s", account)
                .isTrue();
        return account;
    }

    private static JsonNode account(String externalId) {
        return csmGraph.data(ACCOUNT_QUERY, Map.of("id", externalId)).path("account");
    }

    /** Tandem's id of the account, once account-service has it; through the gateway, as a console finds it. */
    private static String accountIdOf(String externalId) {
        JsonNode answer =
                adminGraph.answer("query ($id: String!) { account(externalId: $id) { id } }", Map.of("id", externalId));
        JsonNode id = answer.path("data").path("account").path("id");
        return id.isTextual() ? id.asText() : null;
    }

    /** A measure of the account's health (or of a health node itself), or a missing node. */
    private static JsonNode measure(JsonNode accountOrHealth, String group, String key) {
        JsonNode health = accountOrHealth.has("health") ? accountOrHealth.path("health") : accountOrHealth;
        for (JsonNode candidate : health.path("groups")) {
            if (group.equals(candidate.path("key").asText())) {
                for (JsonNode measure : candidate.path("measures")) {
                    if (key.equals(measure.path("key").asText())) {
                        return measure;
                    }
                }
            }
        }
        return MissingNode.getInstance();
    }

    /** The names of the milestones reached, from an account or its list of milestones. */
    private static List<String> reached(JsonNode accountOrMilestones) {
        JsonNode milestones = accountOrMilestones.isArray()
                ? accountOrMilestones
                : accountOrMilestones.path("onboarding").path("milestones");
        return StreamSupport.stream(milestones.spliterator(), false)
                .filter(milestone -> milestone.path("reachedOn").isTextual())
                .map(milestone -> milestone.path("name").asText())
                .toList();
    }

    private static JsonNode renewalCta(JsonNode account) {
        return StreamSupport.stream(account.path("ctas").spliterator(), false)
                .filter(cta -> "RENEWAL".equals(cta.path("type").asText()))
                .findFirst()
                .orElse(null);
    }

    private static JsonNode itemFor(JsonNode cockpit, String ctaId) {
        return StreamSupport.stream(cockpit.spliterator(), false)
                .filter(item -> ctaId.equals(item.path("cta").path("id").asText()))
                .findFirst()
                .orElse(null);
    }

    private static JsonNode eventFor(List<JsonNode> events, String field, String account) {
        return events.stream()
                .map(event -> event.path(field))
                .filter(change -> account.equals(change.path("accountId").asText()))
                .findFirst()
                .orElse(null);
    }

    private static List<String> names(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(item -> item.path("name").asText())
                .toList();
    }

    private static JsonNode json(String text) {
        try {
            return PlatformClient.json().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
