package dev.tandem.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Runs the gateway on a free port and names itself as the account service, whose readiness it can then really probe;
 * the other services point at ports nobody listens on, as when they are down.
 */
public class SelfAsDownstreamProfile implements QuarkusTestProfile {

    static final int PORT = freePort();
    static final int NOBODY = freePort();
    static final int FAKES = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port", String.valueOf(PORT),
                "tandem.services.account.url", "http://localhost:" + PORT,
                "tandem.services.health.url", "http://localhost:" + NOBODY,
                "tandem.services.cta.url", "http://localhost:" + NOBODY,
                "tandem.services.content.url", "http://localhost:" + NOBODY);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
