package dev.tandem.testing.mail;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus test application's mailer at {@link TestSmtp}: plain SMTP on loopback, and really sent (the
 * mailer's mock, its default in tests, is switched off).
 */
public class TestSmtpResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(TestSmtp.port()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        // The server is shared by every test of the JVM and stops with it.
    }
}
