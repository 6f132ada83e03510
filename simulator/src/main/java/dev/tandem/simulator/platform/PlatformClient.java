package dev.tandem.simulator.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * JSON over HTTP to the platform's REST APIs with the caller's bearer token. Busy answers (429, 503 with Retry-After)
 * and lost connections are retried after the wait the platform asks for, or a growing back-off; any other error
 * answer ends the run with the platform's problem details in the message.
 */
public final class PlatformClient {

    private static final int ATTEMPTS = 10;
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(200);
    private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private final HttpClient http;
    private final TokenSource tokens;

    public PlatformClient(HttpClient http, TokenSource tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** The mapper this client writes bodies with: ISO dates, nulls left out. */
    public static ObjectMapper json() {
        return JSON;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public TokenSource tokens() {
        return tokens;
    }

    public JsonNode get(URI uri) {
        return send("GET", uri, null);
    }

    public JsonNode put(URI uri, Object body) {
        return send("PUT", uri, body);
    }

    public JsonNode post(URI uri, Object body) {
        return send("POST", uri, body);
    }

    public JsonNode patch(URI uri, Object body) {
        return send("PATCH", uri, body);
    }

    /** A POST of a body that is not JSON, such as a CSV file. */
    public JsonNode postText(URI uri, String contentType, String body) {
        return send("POST", uri, contentType, body);
    }

    private JsonNode send(String method, URI uri, Object body) {
        String contentType = "PATCH".equals(method) ? "application/merge-patch+json" : "application/json";
        return send(method, uri, contentType, body == null ? null : write(body));
    }

    private JsonNode send(String method, URI uri, String contentType, String json) {
        Duration backOff = FIRST_BACK_OFF;
        String lastProblem = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String bearer;
            try {
                bearer = tokens.bearer();
            } catch (TokenUnavailableException e) {
                // Keycloak unreachable or busy: wait as for a busy service. A refused grant is final and not caught.
                lastProblem = e.getMessage();
                pause(backOff);
                backOff = longer(backOff);
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + bearer)
                    .header("Accept", "application/json");
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status < 300) {
                    return response.body().isBlank() ? null : JSON.readTree(response.body());
                }
                if (!isBusy(status)) {
                    throw new PlatformException(
                            method + " " + uri + " was refused (" + status + "): " + response.body(), status);
                }
                lastProblem = status + " " + response.body();
                wait = retryAfter(response).orElse(backOff);
            } catch (IOException e) {
                lastProblem = e.toString();
                wait = backOff;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("Interrupted during " + method + " " + uri, e);
            }
            pause(wait);
            backOff = longer(backOff);
        }
        throw new PlatformException(method + " " + uri + " failed " + ATTEMPTS + " times; last: " + lastProblem);
    }

    private static Duration longer(Duration backOff) {
        Duration doubled = backOff.multipliedBy(2);
        return doubled.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : doubled;
    }

    private static boolean isBusy(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(value -> value.matches("\\d{1,4}"))
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)));
    }

    /** Waits before the next try or poll; an interrupt ends the run. */
    static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while waiting on the platform", e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
        }
    }
}
