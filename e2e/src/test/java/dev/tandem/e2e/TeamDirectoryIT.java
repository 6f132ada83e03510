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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team directory against the stack's real Keycloak: cta-service and the gateway list the demo realm's CSMs and
 * cs-admin, read through the realm's tandem-directory client, with the names and e-mails Keycloak holds; a cs-admin
 * sets an account's CSM by e-mail, which makes it that CSM's account and puts its CTAs in their cockpit; an e-mail or
 * user name of no one with a directory role is refused naming the field, and changes nothing.
 */
class TeamDirectoryIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static Endpoints endpoints;
    private static PlatformClient admin;
    private static PlatformClient carl;
    private static GraphQl adminGraph;
    private static GraphQl carlGraph;
    private static String carlId;

    @BeforeAll
    static void connect() {
        LocalStack stack = LocalStack.shared();
        endpoints = stack.endpoints();
        Credentials credentials = Credentials.localStack();
        HttpClient http = PlatformClient.newHttpClient();
        TokenSource adminTokens = TokenSource.password(
                http,
                endpoints.tokenEndpoint(),
                credentials.userClient(),
                credentials.adminUser(),
                credentials.adminPassword());
        TokenSource carlTokens = TokenSource.password(
                http,
                endpoints.tokenEndpoint(),
                credentials.userClient(),
                credentials.firstCsm(),
                credentials.firstCsmPassword());
        carlId = carlTokens.subject();
        admin = new PlatformClient(http, adminTokens);
        carl = new PlatformClient(http, carlTokens);
        adminGraph = new GraphQl(http, stack.gateway(), adminTokens);
        carlGraph = new GraphQl(http, stack.gateway(), carlTokens);
    }

    @Test
    void restAndGraphqlListTheDemoCsmsAndAdminWithTheirNamesAndEmailsButNotTheViewer() {
        JsonNode page = carl.get(endpoints.cta().resolve("/api/v1/csms"));

        List<String> usernames = texts(page.path("items"), "username");
        assertThat(usernames).contains("ada", "carl", "cleo").doesNotContain("vera");
        JsonNode carlEntry = find(page.path("items"), "username", "carl");
        assertThat(carlEntry.path("id").asText()).isEqualTo(carlId);
        assertThat(carlEntry.path("name").asText()).isEqualTo("Carl Success");
        assertThat(carlEntry.path("email").asText()).isEqualTo("carl@demo.tandem.local");
        assertThat(texts(carlEntry.path("roles"), null)).containsExactly("csm");
        assertThat(texts(find(page.path("items"), "username", "ada").path("roles"), null))
                .containsExactly("cs-admin");

        JsonNode admins = carl.get(endpoints.cta().resolve("/api/v1/csms?role=cs-admin"));
        assertThat(texts(admins.path("items"), "username")).contains("ada").doesNotContain("carl", "cleo");

        JsonNode firstPage = carl.get(endpoints.cta().resolve("/api/v1/csms?first=1"));
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(firstPage.path("hasMore").asBoolean()).isTrue();

        JsonNode graph = adminGraph
                .data("{ csms { edges { node { id username name email roles } } } }", Map.of())
                .path("csms")
                .path("edges");
        JsonNode carlNode = StreamSupport.stream(graph.spliterator(), false)
                .map(edge -> edge.path("node"))
                .filter(node -> node.path("username").asText().equals("carl"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("carl is not in GraphQL csms: " + graph));
        assertThat(carlNode.path("id").asText()).isEqualTo(carlId);
        assertThat(carlNode.path("name").asText()).isEqualTo("Carl Success");
        assertThat(carlNode.path("email").asText()).isEqualTo("carl@demo.tandem.local");
    }

    @Test
    void anAccountsCsmSetByEmailOwnsItAndItsNewCtasReachTheirCockpit() {
        String account = "directory-" + RUN;
        URI accountUri = endpoints.account().resolve("/api/v1/accounts/" + account);
        admin.put(accountUri, Map.of("name", "Directory " + RUN, "plan", "team"));

        JsonNode patched = admin.patch(accountUri, Map.of("csmEmail", "Carl@Demo.Tandem.Local"));

        assertThat(patched.path("csmId").asText()).isEqualTo(carlId);
        JsonNode book = carl.get(endpoints.account().resolve("/api/v1/accounts?csmId=" + carlId + "&first=200"));
        assertThat(texts(book.path("items"), "externalId")).contains(account);

        // Opened without an owner, a CTA goes to the account's CSM once cta-service has heard of the assignment; until
        // then it goes to the cs-admin who opened it, so each try opens one of its own.
        String accountId = patched.path("id").asText();
        AtomicInteger tries = new AtomicInteger();
        JsonNode cta = Eventually.poll(
                PATIENCE,
                () -> openRisk(accountId, "directory " + RUN + " try " + tries.incrementAndGet()),
                opened -> carlId.equals(opened.path("ownerId").asText()));
        assertThat(cta.path("ownerId").asText()).as("owner of %s", cta).isEqualTo(carlId);
        JsonNode cockpit = carlGraph
                .data("{ myCockpit(first: 200) { cta { id accountId } } }", Map.of())
                .path("myCockpit");
        assertThat(ids(cockpit)).contains(cta.path("id").asText());
    }

    @Test
    void anEmailOrUserNameOfNoOneInTheDirectoryIsRefusedNamingTheFieldAndChangesNothing() {
        String account = "directory-unknown-" + RUN;
        URI accountUri = endpoints.account().resolve("/api/v1/accounts/" + account);
        admin.put(accountUri, Map.of("name", "Directory unknown " + RUN, "plan", "team"));

        PlatformException unknown = catchThrowableOfType(
                PlatformException.class,
                () -> admin.patch(accountUri, Map.of("csmEmail", "nobody-" + RUN + "@demo.tandem.local")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.getMessage()).contains("\"field\":\"csmEmail\"");

        // vera is in the realm, but a viewer: no one to give an account to.
        PlatformException viewer = catchThrowableOfType(
                PlatformException.class, () -> admin.patch(accountUri, Map.of("csmUsername", "vera")));
        assertThat(viewer.status()).isEqualTo(400);
        assertThat(viewer.getMessage()).contains("\"field\":\"csmUsername\"");

        assertThat(admin.get(accountUri).path("csmId").isNull()).isTrue();
    }

    /** A RISK CTA opened by the cs-admin, or a missing node while cta-service has not heard of the account (400). */
    private static JsonNode openRisk(String accountId, String reason) {
        try {
            return admin.post(
                    endpoints.cta().resolve("/api/v1/ctas"),
                    Map.of("accountId", accountId, "type", "RISK", "reason", reason));
        } catch (PlatformException e) {
            if (e.status() == 400 && e.getMessage().contains("accountId")) {
                return MissingNode.getInstance();
            }
            throw e;
        }
    }

    private static List<String> ids(JsonNode cockpit) {
        return StreamSupport.stream(cockpit.spliterator(), false)
                .map(item -> item.path("cta").path("id").asText())
                .toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> field == null ? node.asText() : node.path(field).asText())
                .toList();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.path(field).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
    }
}
