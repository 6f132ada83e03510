package dev.tandem.simulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens from the realm's token endpoint: client credentials for an integrator, a password grant for the dev
 * stack's demo users. A token is reused until shortly before it expires.
 */
public final class TokenSource {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final Map<String, String> form;
    private String token;
    private Instant renewAt = Instant.MIN;

    private TokenSource(HttpClient http, URI tokenEndpoint, Map<String, String> form) {
        this.http = http;
        this.tokenEndpoint = tokenEndpoint;
        this.form = form;
    }

    public static TokenSource clientCredentials(HttpClient http, URI tokenEndpoint, String clientId, String secret) {
        return new TokenSource(
                http,
                tokenEndpoint,
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    public static TokenSource password(
            HttpClient http, URI tokenEndpoint, String clientId, String username, String password) {
        return new TokenSource(
                http,
                tokenEndpoint,
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    public synchronized String bearer() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            fetch();
        }
        return token;
    }

    /** The token's subject: the Keycloak user id the services see as the caller. */
    public String subject() {
        String payload = bearer().split("\\.")[1];
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload))
                    .path("sub")
                    .asText();
        } catch (IOException e) {
            throw new PlatformException("The token endpoint returned a token that is not a JWT", e);
        }
    }

    private void fetch() {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new TokenUnavailableException(
                        "Keycloak answered " + response.statusCode() + " at " + tokenEndpoint, null);
            }
            if (response.statusCode() != 200) {
                throw new PlatformException("Keycloak refused the " + form.get("grant_type") + " grant for "
                        + form.get("client_id") + " (" + response.statusCode() + "): " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            token = json.path("access_token").asText();
            renewAt = Instant.now()
                    .plusSeconds(json.path("expires_in").asLong(60))
                    .minus(RENEW_BEFORE_EXPIRY);
        } catch (IOException e) {
            throw new TokenUnavailableException(
                    "Keycloak is not reachable at " + tokenEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while fetching a token", e);
        }
    }
}
