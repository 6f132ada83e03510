package dev.tandem.platform.readiness;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the Kafka cluster answers a metadata request within {@link ReadinessConfig#timeout()}, DOWN otherwise.
 *
 * <p>It stands in for Quarkus's own Kafka check, which waits for the answer without a limit of its own: while the
 * broker was down, {@code /q/health/ready} took the admin client's default API timeout (a minute) to answer, and
 * every probe in between timed out instead of reporting DOWN. This one asks with a deadline and never blocks a thread.
 */
@Readiness
@ApplicationScoped
public class KafkaBrokerCheck implements AsyncHealthCheck {

    static final String NAME = "Kafka broker";

    private final Map<String, Object> kafka;
    private final Duration timeout;
    private Admin admin;

    /** @param kafka the {@code kafka.*} settings every channel shares: address, security, TLS */
    public KafkaBrokerCheck(@Identifier("default-kafka-broker") Map<String, Object> kafka, ReadinessConfig config) {
        this.kafka = kafka;
        this.timeout = config.timeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) timeout.toMillis());
        return Uni.createFrom()
                .completionStage(() -> admin().describeCluster(options).nodes().toCompletionStage())
                .ifNoItem()
                .after(timeout)
                .fail()
                .map(KafkaBrokerCheck::up)
                .onFailure()
                .recoverWithItem(failure -> HealthCheckResponse.named(NAME)
                        .down()
                        .withData("reason", reason(failure))
                        .build());
    }

    void close(@Observes ShutdownEvent shutdown) {
        Admin created;
        synchronized (this) {
            created = admin;
            admin = null;
        }
        if (created != null) {
            created.close(Duration.ZERO);
        }
    }

    // Created on the first probe, not at start-up: a service whose broker is not up yet still starts.
    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>();
            kafka.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    settings.put(key, value);
                }
            });
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness-check");
            admin = Admin.create(settings);
        }
        return admin;
    }

    private String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.smallrye.mutiny.TimeoutException
                    || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                return "no answer within " + timeout.toMillis() + " ms";
            }
        }
        return "refused: " + failure.getMessage();
    }

    private static HealthCheckResponse up(Collection<Node> nodes) {
        return HealthCheckResponse.named(NAME)
                .up()
                .withData(
                        "nodes",
                        nodes.stream()
                                .map(node -> node.host() + ":" + node.port())
                                .collect(Collectors.joining(",")))
                .build();
    }
}
