package dev.tandem.cta.survey.service;

import dev.tandem.cta.email.config.EmailConfig;
import dev.tandem.cta.email.service.EmailLinks;
import dev.tandem.cta.email.service.EmailSender;
import dev.tandem.cta.survey.domain.Invitation;
import dev.tandem.cta.survey.domain.ResponseToken;
import dev.tandem.cta.survey.repository.SendStore;
import dev.tandem.platform.jobs.Drain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends queued invitations: claims a batch, drops those whose address was suppressed meanwhile, renders and hands the
 * rest to SMTP a few at a time, then records the batch in one statement. An invitation is SENT only once the server
 * accepted it; one whose worker died in between is sent again after its lease, the one way a person may get it twice.
 */
@ApplicationScoped
public class InvitationWorker {

    private static final Logger LOG = Logger.getLogger(InvitationWorker.class);
    public static final String ANSWER_PATH = "/api/v1/public/survey-responses/";

    private final SendStore sends;
    private final InvitationRenderer renderer;
    private final EmailSender sender;
    private final EmailLinks links;
    private final EmailConfig config;
    private final Clock clock;
    private final AtomicBoolean warnedUnsigned = new AtomicBoolean();

    public InvitationWorker(
            SendStore sends,
            InvitationRenderer renderer,
            EmailSender sender,
            EmailLinks links,
            EmailConfig config,
            Clock clock) {
        this.sends = sends;
        this.renderer = renderer;
        this.sender = sender;
        this.links = links;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "survey-invitation-worker",
            every = "${tandem.cta.surveys.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return sendDue().replaceWithVoid();
    }

    /** Sends everything due, a batch after another; returns how many invitations were attempted. */
    public Uni<Integer> sendDue() {
        if (!links.ready()) {
            if (!warnedUnsigned.getAndSet(true)) {
                LOG.warn("tandem.cta.email.link-secret is not set: survey invitations wait unsent until it is");
            }
            return Uni.createFrom().item(0);
        }
        return Drain.total(this::sendBatch, attempted -> attempted >= config.batchSize());
    }

    private Uni<Integer> sendBatch() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> sends.claim(now, now.plus(config.lease()), config.batchSize()))
                .chain(batch -> {
                    List<UUID> suppressed = new ArrayList<>();
                    List<Invitation> due = new ArrayList<>();
                    for (Invitation invitation : batch) {
                        if (invitation.suppressed()) {
                            suppressed.add(invitation.sendId());
                        } else {
                            due.add(invitation);
                        }
                    }
                    return Multi.createFrom()
                            .iterable(due)
                            .onItem()
                            .transformToUni(this::send)
                            .merge(config.concurrency())
                            .collect()
                            .asList()
                            .chain(outcomes -> record(outcomes, suppressed))
                            .replaceWith(batch.size());
                });
    }

    /** What became of one invitation: {@code error} null when the SMTP server accepted it. */
    private record Outcome(UUID sendId, String error) {}

    private Uni<Outcome> send(Invitation invitation) {
        String token = new ResponseToken(invitation.sendId(), invitation.expiresAt()).sign(links.secret());
        return Uni.createFrom()
                .item(() -> renderer.render(
                        invitation, links.url(ANSWER_PATH + token), links.unsubscribeUrl(invitation.email())))
                .chain(sender::send)
                .replaceWith(new Outcome(invitation.sendId(), null))
                .onFailure()
                .recoverWithItem(failure -> new Outcome(invitation.sendId(), describe(failure)));
    }

    private Uni<Void> record(List<Outcome> outcomes, List<UUID> suppressed) {
        Instant now = clock.instant();
        List<UUID> sent = outcomes.stream()
                .filter(outcome -> outcome.error() == null)
                .map(Outcome::sendId)
                .toList();
        List<Outcome> failed =
                outcomes.stream().filter(outcome -> outcome.error() != null).toList();
        return Panache.withTransaction(() -> {
            Uni<Void> chain = sends.sent(sent, now).chain(() -> sends.suppressed(suppressed));
            for (Outcome failure : failed) {
                LOG.warnf("Survey invitation %s not sent: %s", failure.sendId(), failure.error());
                chain = chain.chain(() -> sends.failed(
                        failure.sendId(), failure.error(), config.maxAttempts(), now.plus(config.retryAfter())));
            }
            return chain;
        });
    }

    /** The failure in words safe to store: its kind and message, cut short; never the message's content. */
    private static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
