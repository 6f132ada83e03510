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
 * e-mailed ones to SMTP a few at a time and the in-app ones to the webhook delivery queue, then records the batch in one
 * transaction. An invitation is SENT only once the server
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
    private final InAppInvitations inAppInvitations;
    private final Clock clock;
    private final AtomicBoolean warnedUnsigned = new AtomicBoolean();

    public InvitationWorker(
            SendStore sends,
            InvitationRenderer renderer,
            EmailSender sender,
            EmailLinks links,
            EmailConfig config,
            InAppInvitations inAppInvitations,
            Clock clock) {
        this.sends = sends;
        this.renderer = renderer;
        this.sender = sender;
        this.links = links;
        this.config = config;
        this.inAppInvitations = inAppInvitations;
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
                    List<Invitation> inApp = new ArrayList<>();
                    for (Invitation invitation : batch) {
                        if (invitation.suppressed()) {
                            suppressed.add(invitation.sendId());
                        } else if (invitation.inApp()) {
                            inApp.add(invitation);
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
                            .chain(outcomes -> record(outcomes, suppressed, inApp))
                            .replaceWith(batch.size());
                });
    }

    /** What became of one invitation: {@code error} null when the SMTP server accepted it. */
    private record Outcome(UUID sendId, String error) {}

    private String answerUrl(Invitation invitation) {
        return links.url(
                ANSWER_PATH + new ResponseToken(invitation.sendId(), invitation.expiresAt()).sign(links.secret()));
    }

    private Uni<Outcome> send(Invitation invitation) {
        return Uni.createFrom()
                .item(() ->
                        renderer.render(invitation, answerUrl(invitation), links.unsubscribeUrl(invitation.email())))
                .chain(sender::send)
                .replaceWith(new Outcome(invitation.sendId(), null))
                .onFailure()
                .recoverWithItem(failure -> new Outcome(invitation.sendId(), describe(failure)));
    }

    /**
     * Records the batch in one transaction; in-app invitations are handed to the delivery queue in it, so one counts
     * as SENT exactly when its delivery is queued.
     */
    private Uni<Void> record(List<Outcome> outcomes, List<UUID> suppressed, List<Invitation> inApp) {
        Instant now = clock.instant();
        List<UUID> sent = new ArrayList<>();
        outcomes.stream()
                .filter(outcome -> outcome.error() == null)
                .map(Outcome::sendId)
                .forEach(sent::add);
        inApp.stream().map(Invitation::sendId).forEach(sent::add);
        List<Outcome> failed =
                outcomes.stream().filter(outcome -> outcome.error() != null).toList();
        return Panache.withTransaction(() -> {
            Uni<Void> chain = inAppInvitations
                    .queue(inApp, this::answerUrl)
                    .chain(() -> sends.sent(sent, now))
                    .chain(() -> sends.suppressed(suppressed));
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
