package dev.tandem.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.simulator.platform.TokenSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The gateway's GraphQL endpoint as a console calls it: one POST per operation, with the caller's token. */
final class GraphQl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final TokenSource tokens;

    GraphQl(HttpClient http, URI gateway, TokenSource tokens) {
        this.http = http;
        this.endpoint = gateway.resolve("/graphql");
        this.tokens = tokens;
    }

    /** The answer's {@code data}; a query that comes back with errors fails, naming them. */
    JsonNode data(String query, Map<String, Object> variables) {
        JsonNode answer = answer(query, variables);
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.path("data");
    }

    /** The whole answer, errors included. */
    JsonNode answer(String query, Map<String, Object> variables) {
        HttpResponse<String> response = post(query, variables);
        if (response.statusCode() != 200) {
            throw new AssertionError("The gateway answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the HTTP status, for a caller the gateway turns away. */
    int status(String query, Map<String, Object> variables) {
        return post(query, variables).statusCode();
    }

    private HttpResponse<String> post(String query, Map<String, Object> variables) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.bearer())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
