package dev.tandem.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./tandem token <user>}: a fresh access token of a demo person of the running stack, from its Keycloak, as the
 * dev-only CLI client with the person's public password. Only the token goes to standard output, so
 * {@code TOKEN=$(./tandem token carl)} works; how long it lasts and how to use it go to standard error.
 */
final class TokenCommand {

    static final String CLIENT = "tandem-dev-cli";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final StackPlan plan;
    private final RunningStack stack;
    private final DevUsers users;

    TokenCommand(StackPlan plan, RunningStack stack, DevUsers users) {
        this.plan = plan;
        this.stack = stack;
        this.users = users;
    }

    int run(String name, PrintStream out, PrintStream err) {
        DevUsers.DevUser user = users.named(name)
                .orElseThrow(() -> new TandemException(
                        "No demo user '" + name + "' in the local realm. Its users: " + users.list() + "."));
        if (!stack.running().contains(StackPlan.KEYCLOAK)) {
            throw new TandemException("Tandem is not running (no Keycloak). Start it with ./tandem up -d, then ask"
                    + " for a token again.");
        }
        JsonNode answer = requestToken(user);
        out.println(answer.path("access_token").asText());
        err.println("A token of " + user.name() + " (" + user.role() + "), valid for "
                + answer.path("expires_in").asInt()
                + " s. Send it as 'Authorization: Bearer <token>'; in the GraphQL UI"
                + " (" + graphQlUi() + ") under Headers as {\"Authorization\": \"Bearer <token>\"}.");
        return 0;
    }

    private JsonNode requestToken(DevUsers.DevUser user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(plan.tokenUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        CLIENT,
                        "username",
                        user.name(),
                        "password",
                        user.password()))))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = new ObjectMapper().readTree(response.body());
            if (response.statusCode() != 200 || !body.path("access_token").isTextual()) {
                throw new TandemException("Keycloak refused a token for " + user.name() + " (HTTP "
                        + response.statusCode() + ": "
                        + body.path("error_description")
                                .asText(body.path("error").asText())
                        + "). Was the realm changed? Deleting .tandem/keycloak after ./tandem down imports it afresh.");
            }
            return body;
        } catch (IOException e) {
            throw new TandemException(
                    "Keycloak does not answer at " + plan.keycloakUrl() + " (" + e.getMessage()
                            + "). Is it still starting? ./tandem status shows what runs.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while asking Keycloak for a token.", e);
        }
    }

    private String graphQlUi() {
        return plan.services().stream()
                .filter(service -> service.key().equals(StackPlan.GATEWAY))
                .findFirst()
                .map(gateway -> gateway.localUrl() + "/q/graphql-ui")
                .orElse("the gateway's /q/graphql-ui");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
