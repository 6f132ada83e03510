package dev.tandem.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

/** The local stack's mail catcher as a user reads it: its JSON list of the e-mails caught, newest first. */
final class MailCatcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI messages;

    MailCatcher(HttpClient http, URI catcher) {
        this.http = http;
        this.messages = catcher.resolve("/api/messages");
    }

    /** The messages caught for {@code address}, newest first. */
    List<JsonNode> to(String address) {
        return StreamSupport.stream(all().spliterator(), false)
                .filter(mail -> StreamSupport.stream(mail.path("to").spliterator(), false)
                        .anyMatch(to -> to.asText().equalsIgnoreCase(address)))
                .toList();
    }

    private JsonNode all() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(messages)
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("The mail catcher answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
