package dev.tandem.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A component is ready when its readiness URL answers 200: {@code /q/health/ready} for a Quarkus service. */
final class HttpReadiness implements ReadinessCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final URI uri;

    HttpReadiness(String url) {
        this.uri = URI.create(url);
    }

    static HttpReadiness ofService(int port) {
        return new HttpReadiness("http://127.0.0.1:" + port + "/q/health/ready");
    }

    @Override
    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
