package dev.tandem.platform.directory;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads the directory from Keycloak's admin REST API as a confidential client of its own (client credentials): the
 * members of each directory role, {@value #PAGE} at a time, merged by subject id. The client's service account needs
 * realm-management's {@code view-users} (listing users) and {@code view-realm} (listing a realm role's members).
 * Disabled users are left out: nobody should be given an account they cannot sign in to work.
 */
final class KeycloakPeopleSource implements PeopleSource {

    static final int PAGE = 100;

    private final KeycloakEndpoints endpoints;
    private final String clientId;
    private final String clientSecret;
    private final List<String> roles;
    private final int maxPeople;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json;

    KeycloakPeopleSource(
            KeycloakEndpoints endpoints,
            String clientId,
            String clientSecret,
            List<String> roles,
            int maxPeople,
            Duration timeout,
            ObjectMapper json) {
        this.endpoints = endpoints;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.roles = List.copyOf(roles);
        this.maxPeople = maxPeople;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public CompletionStage<List<Person>> fetch() {
        return token().thenCompose(token -> {
            Map<String, PersonBuilder> byId = new LinkedHashMap<>();
            CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
            for (String role : roles) {
                all = all.thenCompose(done -> members(token, role, 0, byId));
            }
            return all.thenApply(
                    done -> byId.values().stream().map(PersonBuilder::build).toList());
        });
    }

    private CompletableFuture<String> token() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(endpoints.token())
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request, "the directory client's token").thenApply(body -> {
            String token = body.path("access_token").asText("");
            if (token.isEmpty()) {
                throw new DirectoryReadException("Keycloak answered the directory client with no access token");
            }
            return token;
        });
    }

    /** One page of a role's members after {@code first}, then the next page while pages come back full. */
    private CompletableFuture<Void> members(String token, String role, int first, Map<String, PersonBuilder> byId) {
        HttpRequest request = HttpRequest.newBuilder(endpoints.roleMembers(role, first, PAGE))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request, "the members of role " + role).thenCompose(page -> {
            if (!page.isArray()) {
                throw new DirectoryReadException("Keycloak listed the members of role " + role + " as no JSON array");
            }
            for (JsonNode user : page) {
                if (user.path("enabled").asBoolean(true) && user.hasNonNull("id")) {
                    byId.computeIfAbsent(user.get("id").asText(), id -> new PersonBuilder(user))
                            .roles
                            .add(role);
                }
            }
            if (byId.size() > maxPeople) {
                // A directory this large is a misconfigured role, not a team; serving part of it would mislead.
                throw new DirectoryReadException(
                        "the directory roles have more than " + maxPeople + " members (tandem.directory.max-people)");
            }
            return page.size() < PAGE
                    ? CompletableFuture.completedFuture(null)
                    : members(token, role, first + PAGE, byId);
        });
    }

    private CompletableFuture<JsonNode> send(HttpRequest request, String what) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new DirectoryReadException(
                        "Keycloak answered " + response.statusCode() + " when asked for " + what);
            }
            try {
                return json.readTree(response.body());
            } catch (IOException e) {
                throw new DirectoryReadException("Keycloak answered no JSON when asked for " + what);
            }
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Endpoints derived from the realm's URL, the one tokens are issued by ({@code https://host/realms/tandem}). */
    record KeycloakEndpoints(URI realmUrl) {

        static KeycloakEndpoints of(String realmUrl) {
            String trimmed = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
            if (!trimmed.matches("https?://.+/realms/[^/]+")) {
                throw new IllegalArgumentException(
                        "a realm URL looks like https://<keycloak>/realms/<realm>, not " + realmUrl);
            }
            return new KeycloakEndpoints(URI.create(trimmed));
        }

        URI token() {
            return URI.create(realmUrl + "/protocol/openid-connect/token");
        }

        URI roleMembers(String role, int first, int max) {
            String url = realmUrl.toString();
            int realms = url.lastIndexOf("/realms/");
            return URI.create(url.substring(0, realms) + "/admin" + url.substring(realms) + "/roles/" + encode(role)
                    + "/users?briefRepresentation=true&first=" + first + "&max=" + max);
        }
    }

    private static final class PersonBuilder {

        private final String id;
        private final String username;
        private final String name;
        private final String email;
        private final Set<String> roles = new LinkedHashSet<>();

        PersonBuilder(JsonNode user) {
            this.id = user.get("id").asText();
            this.username = user.path("username").asText("");
            List<String> parts = new ArrayList<>();
            for (String field : List.of("firstName", "lastName")) {
                String part = user.path(field).asText("").strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            this.name = parts.isEmpty() ? username : String.join(" ", parts);
            String mail = user.path("email").asText("").strip();
            this.email = mail.isEmpty() ? null : mail;
        }

        Person build() {
            return new Person(id, username, name, email, roles);
        }
    }
}
