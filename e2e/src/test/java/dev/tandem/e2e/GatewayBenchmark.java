package dev.tandem.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.model.AccountTruth;
import dev.tandem.simulator.model.SimulationSettings;
import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.PlatformClient;
import dev.tandem.simulator.platform.TokenSource;
import dev.tandem.simulator.run.Credentials;
import dev.tandem.simulator.run.SimulatorRun;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the gateway costs a console: the account 360 view and a 50-account portfolio page, each as one GraphQL query and
 * as the same data fetched straight from the services' REST APIs the way a console without the gateway would (the
 * account first, then everything that hangs off it in parallel). The data is a simulated company sent through the
 * public APIs. Prints requests/s and p50/p99 for both, and the gateway's overhead.
 *
 * <p>{@code ./mvnw -f e2e/pom.xml verify -Pbenchmark} (after {@code ./mvnw install -DskipTests}); sizes with
 * {@code -Dtandem.bench.accounts}, {@code .callers}, {@code .seconds}.
 */
@Tag("benchmark")
class GatewayBenchmark {

    private static final int ACCOUNTS = Integer.getInteger("tandem.bench.accounts", 500);
    private static final int CALLERS = Integer.getInteger("tandem.bench.callers", 8);
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("tandem.bench.seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final int PAGE = 50;

    /**
     * Every caller here is the same person (ada), so the gateway's fair use (at most 2 queries at once and 2,000 rows a
     * second per person) would refuse most of the load and time the refusals: lifted for this stack, so that both paths
     * are measured doing the same work.
     */
    private static final Map<String, String> ONE_PERSON_AT_FULL_SPEED = Map.of(
            "TANDEM_FAIRNESS_MAX_CONCURRENT_PER_CALLER", String.valueOf(CALLERS),
            "TANDEM_FAIRNESS_ROWS_PER_SECOND", "1000000",
            "TANDEM_FAIRNESS_BURST_ROWS", "1000000");

    private static final String ACCOUNT_360 = """
            query ($id: String!) {
              account(externalId: $id) {
                id externalId name stage touchModel plan arr nextRenewalDate csmId
                contracts { externalId plan arr seats startDate renewalDate status }
                users(first: 20) { edges { node { externalId email role } } }
                health { score band trend7 trend30 explanation
                         groups { key score effectiveWeight measures { key rawValue points contribution } } }
                healthHistory(days: 30) { current trend7 trend30 daily { day score band } }
                ctas(status: OPEN) { id type reason priority ownerId dueDate }
                onboarding { status startedOn dueOn milestones { name reachedOn } }
                recommendedContent(first: 5) { contentId title reason }
              }
            }
            """;

    private static final String PORTFOLIO_PAGE = """
            query ($first: Int!) {
              accounts(first: $first) {
                edges { node {
                  externalId name stage touchModel arr nextRenewalDate csmId
                  health { score band trend7 }
                  ctas(status: OPEN) { id type priority }
                  onboarding { status dueOn }
                } }
                pageInfo { endCursor hasNextPage }
              }
            }
            """;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * The services' JVM options, when given: the local stack's default ({@code TANDEM_JAVA_OPTS}) stops the JIT at C1
     * for a quick start, where a deployment runs the full JIT; {@code -Dtandem.bench.java-opts="-XX:+UseSerialGC
     * -Xmx512m"} measures with it.
     */
    private static final String JAVA_OPTS = System.getProperty("tandem.bench.java-opts", "");

    private Endpoints endpoints;
    private URI gateway;
    private TokenSource tokens;

    @Test
    void gateway_against_direct_rest_for_the_account_360_view_and_a_portfolio_page() {
        LocalStack stack = LocalStack.shared(stackSettings());
        endpoints = stack.endpoints();
        gateway = stack.gateway().resolve("/graphql");
        Credentials credentials = Credentials.localStack();
        tokens = TokenSource.password(
                http,
                endpoints.tokenEndpoint(),
                credentials.userClient(),
                credentials.adminUser(),
                credentials.adminPassword());
        List<String> accounts = seed(credentials);
        // The services digest the backfill for a while after it was accepted (cta-service's rules longest): measure
        // the queries on a platform at rest, as a console meets it.
        long lagLeft = new ConsumerLag(stack.kafkaBootstrapServers()).awaitCaughtUp(Duration.ofMinutes(15));
        System.out.printf("Consumers caught up (records left behind: %,d)%n", lagLeft);
        System.out.printf(
                "%nGateway benchmark: %,d accounts, %d callers, %d s measured after %d s warm-up; services' JVM options:"
                        + " %s%n",
                ACCOUNTS,
                CALLERS,
                MEASURED.toSeconds(),
                WARM_UP.toSeconds(),
                JAVA_OPTS.isBlank() ? "the local stack's" : JAVA_OPTS);

        // A service's first requests under load (class loading, the JIT, query plans; under a 3 s downstream timeout
        // the
        // gateway's retries and circuit breaker too) would fall on whichever path is measured first: every path is
        // warmed before any is measured.
        LoadRun warmUpOnly = new LoadRun(CALLERS, WARM_UP, Duration.ZERO);
        warmUpOnly.run(n -> account360ViaRest(accounts.get(n % accounts.size())));
        warmUpOnly.run(n -> account360ViaGateway(accounts.get(n % accounts.size())));
        warmUpOnly.run(n -> portfolioPageViaRest());
        warmUpOnly.run(n -> portfolioPageViaGateway());

        LoadRun load = new LoadRun(CALLERS, WARM_UP, MEASURED);
        LoadRun.Result view360Gateway = load.run(n -> account360ViaGateway(accounts.get(n % accounts.size())));
        LoadRun.Result view360Rest = load.run(n -> account360ViaRest(accounts.get(n % accounts.size())));
        LoadRun.Result pageGateway = load.run(n -> portfolioPageViaGateway());
        LoadRun.Result pageRest = load.run(n -> portfolioPageViaRest());

        System.out.printf("%n%-16s %-8s %10s %9s %9s %8s%n", "query", "path", "req/s", "p50 ms", "p99 ms", "wrong");
        print("account 360", "gateway", view360Gateway);
        print("account 360", "REST", view360Rest);
        print("portfolio 50", "gateway", pageGateway);
        print("portfolio 50", "REST", pageRest);
        System.out.printf(
                "%nGateway overhead (gateway / REST): account 360 p50 x%.2f, p99 x%.2f, throughput x%.2f;"
                        + " portfolio 50 p50 x%.2f, p99 x%.2f, throughput x%.2f%n",
                ratio(view360Gateway, view360Rest, 50),
                ratio(view360Gateway, view360Rest, 99),
                view360Gateway.perSecond() / view360Rest.perSecond(),
                ratio(pageGateway, pageRest, 50),
                ratio(pageGateway, pageRest, 99),
                pageGateway.perSecond() / pageRest.perSecond());
    }

    private static Map<String, String> stackSettings() {
        Map<String, String> settings = new HashMap<>(ONE_PERSON_AT_FULL_SPEED);
        if (!JAVA_OPTS.isBlank()) {
            settings.put("TANDEM_JAVA_OPTS", JAVA_OPTS);
        }
        return settings;
    }

    /** A simulated company, sent as integrators would; returns the paying accounts to look at. */
    private List<String> seed(Credentials credentials) {
        SimulationSettings settings = new SimulationSettings(11, ACCOUNTS, 30, 0.25, 0.5, "bench", Instant.now());
        SimulatorRun run = new SimulatorRun(settings, endpoints, credentials, System.out);
        run.configure();
        List<AccountTruth> truth =
                run.backfill(Path.of("target/benchmark-ground-truth.csv")).truth();
        run.awaitCounted(truth, Duration.ofMinutes(5));
        return truth.stream()
                .filter(account -> !account.startsFree() && !account.contractEnded())
                .map(AccountTruth::accountId)
                .toList();
    }

    private boolean account360ViaGateway(String externalId) {
        JsonNode answer = graphQl(ACCOUNT_360, Map.of("id", externalId));
        return !answer.has("errors")
                && answer.path("data").path("account").path("id").isTextual();
    }

    /** The account first (its Tandem id keys CTAs, enrollments and recommendations), then the rest at once. */
    private boolean account360ViaRest(String externalId) {
        JsonNode account =
                get(endpoints.account(), "/api/v1/accounts/" + externalId).join();
        if (account == null) {
            return false;
        }
        String id = account.path("id").asText();
        List<CompletableFuture<JsonNode>> parts = List.of(
                get(endpoints.account(), "/api/v1/accounts/" + externalId + "/contracts"),
                get(endpoints.account(), "/api/v1/accounts/" + externalId + "/users?first=20"),
                get(endpoints.health(), "/api/v1/health-scores?accountId=" + externalId),
                get(endpoints.health(), "/api/v1/accounts/" + externalId + "/health/history?days=30"),
                get(endpoints.cta(), "/api/v1/ctas?status=OPEN&first=50&accountId=" + id),
                get(endpoints.content(), "/api/v1/enrollments?accountId=" + id),
                get(endpoints.content(), "/api/v1/accounts/" + id + "/recommendations?first=5"));
        return !id.isEmpty() && parts.stream().map(CompletableFuture::join).allMatch(part -> part != null);
    }

    private boolean portfolioPageViaGateway() {
        JsonNode answer = graphQl(PORTFOLIO_PAGE, Map.of("first", PAGE));
        return !answer.has("errors")
                && answer.path("data").path("accounts").path("edges").size() == PAGE;
    }

    /** A page of accounts, then the health, open CTAs and onboarding of all of them, one call per service. */
    private boolean portfolioPageViaRest() {
        JsonNode page =
                get(endpoints.account(), "/api/v1/accounts?first=" + PAGE).join();
        if (page == null) {
            return false;
        }
        List<String> externalIds = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(account -> {
            externalIds.add(account.path("externalId").asText());
            ids.add(account.path("id").asText());
        });
        List<CompletableFuture<JsonNode>> parts = List.of(
                get(endpoints.health(), "/api/v1/health-scores?" + repeated("accountId", externalIds)),
                get(endpoints.cta(), "/api/v1/ctas?status=OPEN&first=200&" + repeated("accountId", ids)),
                get(endpoints.content(), "/api/v1/enrollments?" + repeated("accountId", ids)));
        return externalIds.size() == PAGE
                && parts.stream().map(CompletableFuture::join).allMatch(part -> part != null);
    }

    private JsonNode graphQl(String query, Map<String, Object> variables) {
        try {
            HttpRequest request = HttpRequest.newBuilder(gateway)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.bearer())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            PlatformClient.json().writeValueAsString(Map.of("query", query, "variables", variables))))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return PlatformClient.json().readTree(response.body());
        } catch (IOException e) {
            return PlatformClient.json().createObjectNode().put("errors", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET answered with JSON, or null for any other answer. */
    private CompletableFuture<JsonNode> get(URI service, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.bearer())
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        return null;
                    }
                    try {
                        return PlatformClient.json().readTree(response.body());
                    } catch (IOException e) {
                        return null;
                    }
                })
                .exceptionally(failure -> null);
    }

    private static String repeated(String name, List<String> values) {
        return values.stream()
                .map(value -> name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static double ratio(LoadRun.Result gateway, LoadRun.Result rest, double percentile) {
        return gateway.percentileMillis(percentile) / rest.percentileMillis(percentile);
    }

    private static void print(String query, String path, LoadRun.Result result) {
        System.out.printf(
                "%-16s %-8s %10.1f %9.1f %9.1f %8d%n",
                query,
                path,
                result.perSecond(),
                result.percentileMillis(50),
                result.percentileMillis(99),
                result.failures());
    }
}
