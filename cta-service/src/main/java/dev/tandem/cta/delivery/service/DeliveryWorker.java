package dev.tandem.cta.delivery.service;

import dev.tandem.cta.delivery.config.DeliveryConfig;
import dev.tandem.cta.delivery.domain.Backoff;
import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.domain.WebhookSignature;
import dev.tandem.cta.delivery.repository.DeliveryRepository;
import dev.tandem.events.cta.MessageFailed;
import dev.tandem.events.cta.MessageSent;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends queued deliveries: claims a batch, POSTs each signed payload, records success or schedules a retry with
 * back-off, and gives up after the last attempt. Runs on a worker thread, because the HTTP calls block; database work
 * goes through a Vert.x context as Hibernate Reactive requires. Several replicas share the queue safely.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    static final String SIGNATURE_HEADER = "X-Tandem-Signature";
    static final String TIMESTAMP_HEADER = "X-Tandem-Timestamp";
    static final String DELIVERY_HEADER = "X-Tandem-Delivery";

    private final DeliveryRepository deliveries;
    private final Outbox outbox;
    private final DeliveryConfig config;
    private final Clock clock;
    private final Backoff backoff;
    private final HttpClient http;
    private final AtomicBoolean warnedUnsigned = new AtomicBoolean();
    private final OutboundPolicy policy;
    private final List<ChannelSender> senders;
    private final List<DeliveryFailures> failures;

    public DeliveryWorker(
            DeliveryRepository deliveries,
            Outbox outbox,
            DeliveryConfig config,
            Clock clock,
            OutboundPolicy policy,
            Instance<ChannelSender> senders,
            Instance<DeliveryFailures> failures) {
        this.deliveries = deliveries;
        this.senders = senders.stream().toList();
        this.failures = failures.stream().toList();
        this.policy = policy;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            identity = "delivery-worker",
            every = "${tandem.cta.delivery.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() throws Throwable {
        sendDue();
    }

    /** Sends what is due now; returns how many deliveries were attempted. */
    private int sendDue() throws Throwable {
        if (config.secret().isEmpty()) {
            if (!warnedUnsigned.getAndSet(true)) {
                LOG.warn("tandem.cta.delivery.secret is not set: messages and webhooks wait unsent until it is");
            }
            return 0;
        }
        Instant now = clock.instant();
        List<UUID> claimed = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> deliveries.claim(now, now.plus(config.timeout().multipliedBy(2)), config.batchSize())));
        for (UUID id : claimed) {
            Delivery delivery =
                    VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> deliveries.findById(id)));
            String outcome = send(delivery);
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> record(id, outcome)));
        }
        return claimed.size();
    }

    /** @return null on success, else what went wrong, in words safe to show (no payload, no secret) */
    private String send(Delivery delivery) {
        // Only notifications: a tech-touch message on the "email" channel goes to the messaging endpoint, which sends
        // it.
        if (delivery.kind == Delivery.Kind.NOTIFICATION) {
            for (ChannelSender sender : senders) {
                if (sender.sends(delivery.channel)) {
                    return sender.send(delivery);
                }
            }
        }
        Optional<String> refusal = policy.refusalBeforeSending(delivery.url);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header(DELIVERY_HEADER, delivery.id.toString())
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(
                            SIGNATURE_HEADER,
                            WebhookSignature.sign(config.secret().orElseThrow(), timestamp, delivery.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Uni<Void> record(UUID id, String error) {
        return deliveries.findById(id).chain(delivery -> {
            Instant now = clock.instant();
            delivery.attempts++;
            if (error == null) {
                delivery.status = Delivery.Status.SENT;
                delivery.sentAt = now;
                delivery.lastError = null;
                if (!delivery.kind.announced()) {
                    return Uni.createFrom().voidItem();
                }
                return outbox.append(new MessageSent(
                                delivery.id,
                                delivery.accountId,
                                delivery.userId,
                                delivery.channel,
                                delivery.templateId,
                                delivery.ruleId,
                                now))
                        .replaceWithVoid();
            }
            delivery.lastError = error.length() > 500 ? error.substring(0, 500) : error;
            if (delivery.attempts >= config.maxAttempts()) {
                delivery.status = Delivery.Status.FAILED;
                LOG.warnf("Delivery %s failed for good after %d attempts: %s", id, delivery.attempts, error);
                Uni<Void> told = Uni.createFrom().voidItem();
                for (DeliveryFailures listener : failures) {
                    if (listener.concerns(delivery.kind)) {
                        told = told.chain(() -> listener.failedForGood(delivery));
                    }
                }
                if (!delivery.kind.announced()) {
                    return told;
                }
                return told.chain(() -> outbox.append(new MessageFailed(
                                delivery.id, delivery.accountId, delivery.ruleId, delivery.attempts, error, now)))
                        .replaceWithVoid();
            }
            delivery.nextAttemptAt = now.plus(backoff.after(delivery.attempts));
            return Uni.createFrom().voidItem();
        });
    }
}
