package dev.tandem.gateway.client;

import dev.tandem.gateway.config.GatewayConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Asks every downstream service whether it is ready, all at once and each within the configured timeout, so one slow
 * or absent service never holds up the answer about the others.
 */
@ApplicationScoped
public class ServiceReadinessClient {

    private final Map<String, ReadinessApi> services = new TreeMap<>();
    private final GatewayConfig config;

    public ServiceReadinessClient(GatewayConfig config) {
        this.config = config;
        long timeout = config.readinessTimeout().toMillis();
        config.services()
                .forEach((name, service) -> services.put(
                        name,
                        QuarkusRestClientBuilder.newBuilder()
                                .baseUri(service.url())
                                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                                .build(ReadinessApi.class)));
    }

    /** The status of every configured service, by name. */
    public Uni<List<ServiceStatus>> statuses() {
        List<Uni<ServiceStatus>> probes = services.entrySet().stream()
                .map(e -> probe(e.getKey(), e.getValue()))
                .toList();
        return Uni.join().all(probes).andCollectFailures();
    }

    private Uni<ServiceStatus> probe(String name, ReadinessApi api) {
        long started = System.nanoTime();
        return api.ready()
                .ifNoItem()
                .after(config.readinessTimeout())
                .fail()
                .map(body -> new ServiceStatus(name, true, elapsedMillis(started), null))
                .onFailure()
                .recoverWithItem(failure -> new ServiceStatus(name, false, elapsedMillis(started), describe(failure)));
    }

    /** Says what went wrong in terms an operator can act on, without internal detail. */
    private static String describe(Throwable failure) {
        if (failure instanceof WebApplicationException http) {
            return "answered HTTP " + http.getResponse().getStatus();
        }
        return failure instanceof TimeoutException ? "timed out" : "unreachable";
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
