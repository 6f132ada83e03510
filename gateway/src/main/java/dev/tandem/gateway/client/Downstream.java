package dev.tandem.gateway.client;

import dev.tandem.gateway.config.GatewayConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * Builds the REST clients of the downstream services and guards every call to them: a timeout per attempt, retries of
 * reads that failed for a transient reason, and a circuit breaker per service and kind of call. A failure leaves here
 * as one of the gateway's coded failures.
 */
@ApplicationScoped
public class Downstream {

    private final GatewayConfig config;
    private final BearerTokenForwarder tokenForwarder;
    private final Map<String, Guard> reads = new HashMap<>();
    private final Map<String, Guard> writes = new HashMap<>();

    public Downstream(GatewayConfig config, BearerTokenForwarder tokenForwarder) {
        this.config = config;
        this.tokenForwarder = tokenForwarder;
        config.services().keySet().forEach(service -> {
            reads.put(service, guard(service + "-reads", config.downstream().retries()));
            writes.put(service, guard(service + "-writes", 0));
        });
    }

    /** A REST client of the named service that passes the caller's token on. */
    public <A> A api(String service, Class<A> type) {
        long timeout = config.downstream().timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(service(service).url())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .property(
                        QuarkusRestClientProperties.CONNECTION_POOL_SIZE,
                        config.downstream().connectionsPerService())
                .register(tokenForwarder)
                .build(type);
    }

    /** A call that changes nothing, so it may be tried again. */
    public <T> Uni<T> read(String service, Supplier<Uni<T>> call) {
        return guarded(reads.get(service), service, call);
    }

    /** A call that changes something: never tried twice, as a lost answer does not mean the change was lost. */
    public <T> Uni<T> write(String service, Supplier<Uni<T>> call) {
        return guarded(writes.get(service), service, call);
    }

    private <T> Uni<T> guarded(Guard guard, String service, Supplier<Uni<T>> call) {
        return guard.get(call, new TypeLiteral<Uni<T>>() {})
                .onFailure()
                .transform(failure -> DownstreamErrors.translate(service, failure));
    }

    private Guard guard(String name, int retries) {
        GatewayConfig.Downstream settings = config.downstream();
        GatewayConfig.CircuitBreaker breaker = settings.circuitBreaker();
        return Guard.create()
                .withDescription(name)
                .withTimeout()
                .duration(settings.timeout().toMillis(), ChronoUnit.MILLIS)
                .done()
                .withRetry()
                .maxRetries(retries)
                .delay(settings.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .whenException(DownstreamErrors::isTransient)
                .done()
                .withCircuitBreaker()
                .name(name)
                .requestVolumeThreshold(breaker.requestVolume())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .when(DownstreamErrors::isTransient)
                .done()
                .build();
    }

    private GatewayConfig.Service service(String name) {
        GatewayConfig.Service service = config.services().get(name);
        if (service == null) {
            throw new IllegalStateException("no URL configured for tandem.services." + name);
        }
        return service;
    }
}
