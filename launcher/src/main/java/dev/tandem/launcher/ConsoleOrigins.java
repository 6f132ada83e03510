package dev.tandem.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Local stack only: lets the console the gateway serves call Keycloak's token endpoint from the browser. The realm's
 * {@code tandem-console} client allows the origins of its redirect URIs ({@code +}), but Keycloak derives no origin from
 * the {@code http://localhost:*} pattern that movable local ports need; so once Keycloak is ready, the gateway's two
 * local origins are added to the client's web origins through Keycloak's admin API (the stack's dev-only admin).
 */
final class ConsoleOrigins {

    static final String CLIENT_ID = "tandem-console";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ConsoleOrigins() {}

    /** The origins a browser opens the local console from; none when the plan runs no gateway. */
    static List<String> of(StackPlan plan) {
        return plan.services().stream()
                .filter(service -> service.key().equals(StackPlan.GATEWAY))
                .findFirst()
                .map(gateway -> List.of("http://localhost:" + gateway.port(), "http://127.0.0.1:" + gateway.port()))
                .orElse(List.of());
    }

    /** The client with {@code origins} added to its web origins, or empty when it lists them all already. */
    static Optional<ObjectNode> withOrigins(ObjectNode client, List<String> origins) {
        List<String> missing = new ArrayList<>(origins);
        JsonNode existing = client.path("webOrigins");
        existing.forEach(origin -> missing.remove(origin.asText()));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode changed = client.deepCopy();
        ArrayNode list = changed.putArray("webOrigins");
        existing.forEach(list::add);
        missing.forEach(list::add);
        return Optional.of(changed);
    }

    /**
     * Adds the plan's console origins to the client in the running Keycloak.
     *
     * @throws TandemException when Keycloak does not answer as expected
     */
    static void allow(StackPlan plan) {
        List<String> origins = of(plan);
        if (origins.isEmpty()) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String token = adminToken(http, plan);
        String clients = plan.keycloakUrl() + "/admin/realms/" + StackPlan.REALM + "/clients";
        JsonNode found = send(http, token, "GET", clients + "?clientId=" + CLIENT_ID, null);
        if (!found.isArray() || found.isEmpty()) {
            throw new TandemException("Keycloak has no client " + CLIENT_ID + " in realm " + StackPlan.REALM);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        Optional<ObjectNode> changed = withOrigins(client, origins);
        if (changed.isPresent()) {
            send(http, token, "PUT", clients + "/" + client.path("id").asText(), changed.get());
        }
    }

    private static String adminToken(HttpClient http, StackPlan plan) {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(KeycloakCommand.ADMIN_USER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(KeycloakCommand.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(plan.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return answer(http, request).path("access_token").asText();
    }

    private static JsonNode send(HttpClient http, String token, String method, String address, JsonNode body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(address))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)))
                    .build();
            return answer(http, request);
        } catch (IOException e) {
            throw new TandemException("Could not write the client for Keycloak: " + e.getMessage(), e);
        }
    }

    private static JsonNode answer(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new TandemException(
                        "Keycloak answered " + response.statusCode() + " to " + request.method() + " " + request.uri());
            }
            return response.body().isBlank() ? MAPPER.nullNode() : MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new TandemException("Keycloak did not answer " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TandemException("Interrupted while calling Keycloak", e);
        }
    }
}
