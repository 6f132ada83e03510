package dev.tandem.health.account.messaging;

import dev.tandem.events.EventEnvelope;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.ContractStatus;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.health.account.repository.AccountProjection;
import dev.tandem.health.score.repository.ScoreStore;
import dev.tandem.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps health-service's projection of accounts and contracts in step with account.events, once per event, and marks
 * the account for rescoring when what changed bears on its score: its stage, segment and plan choose the scorecard (and a
 * churned account scores N/A), its running contracts' seats are what seat use is measured against.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    private static final String CONSUMER = "health-account-projection";

    private final Inbox inbox;
    private final AccountProjection projection;
    private final ScoreStore scores;
    private final Clock clock;

    public AccountEventsConsumer(Inbox inbox, AccountProjection projection, ScoreStore scores, Clock clock) {
        this.inbox = inbox;
        this.projection = projection;
        this.scores = scores;
        this.clock = clock;
    }

    @Incoming("account-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume(CONSUMER, message, this::apply);
    }

    private Uni<?> apply(EventEnvelope<TandemEvent> event) {
        TandemEvent data = event.data();
        UUID rescored = accountToRescore(data);
        Uni<?> projected = project(data);
        return rescored == null
                ? projected
                : projected.chain(() -> scores.markDirtyByAccountId(rescored, clock.instant()));
    }

    /** The account whose score the event may change, or null: CSMs, users, purchases and erasure do not. */
    private static UUID accountToRescore(TandemEvent data) {
        if (data instanceof AccountCreated a) {
            return a.accountId();
        }
        if (data instanceof AccountUpdated a) {
            return a.accountId();
        }
        if (data instanceof StageChanged s) {
            return s.accountId();
        }
        if (data instanceof SegmentChanged s) {
            return s.accountId();
        }
        if (data instanceof ContractStarted c) {
            return c.accountId();
        }
        if (data instanceof ContractChanged c) {
            return c.accountId();
        }
        if (data instanceof ContractRenewed c) {
            return c.accountId();
        }
        if (data instanceof ContractEnded c) {
            return c.accountId();
        }
        return null;
    }

    private Uni<?> project(TandemEvent data) {
        if (data instanceof AccountCreated a) {
            return projection.upsertAccount(
                    a.accountId(),
                    a.externalId(),
                    a.plan(),
                    a.stage().name(),
                    a.touchModel().name(),
                    a.csmId(),
                    a.occurredAt(),
                    LocalDate.ofInstant(a.occurredAt(), ZoneOffset.UTC),
                    a.cohort() == null ? null : a.cohort().toString());
        }
        if (data instanceof AccountUpdated a) {
            return projection.upsertAccount(
                    a.accountId(),
                    a.externalId(),
                    a.plan(),
                    a.stage().name(),
                    a.touchModel().name(),
                    a.csmId(),
                    a.occurredAt(),
                    null,
                    a.cohort() == null ? null : a.cohort().toString());
        }
        if (data instanceof StageChanged s) {
            Uni<Integer> staged =
                    projection.updateStage(s.accountId(), s.stage().name(), s.changedAt());
            return isConversion(s)
                    ? staged.chain(() -> projection.recordConversion(s.accountId(), s.changedAt()))
                    : staged;
        }
        if (data instanceof SegmentChanged s) {
            return projection.updateTouchModel(s.accountId(), s.touchModel().name(), s.changedAt());
        }
        if (data instanceof CsmAssigned c) {
            return projection.updateCsm(c.accountId(), c.csmId(), c.assignedAt());
        }
        if (data instanceof AccountErased e) {
            return projection.erase(e.accountId(), e.erasedAt());
        }
        if (data instanceof ContractStarted c) {
            return projection.upsertContract(c.contractId(), c.accountId(), c.seats(), running(c.status()));
        }
        if (data instanceof ContractChanged c) {
            return projection.upsertContract(c.contractId(), c.accountId(), c.seats(), running(c.status()));
        }
        if (data instanceof ContractRenewed c) {
            return projection.upsertContract(c.contractId(), c.accountId(), c.seats(), running(c.status()));
        }
        if (data instanceof ContractEnded c) {
            return projection.upsertContract(c.contractId(), c.accountId(), c.seats(), false);
        }
        // Users and purchases do not bear on scoring yet.
        return Uni.createFrom().voidItem();
    }

    /** Free or trial to onboarding: the first paid contract started. */
    private static boolean isConversion(StageChanged change) {
        return change.stage() == LifecycleStage.ONBOARDING
                && (change.previousStage() == LifecycleStage.FREE || change.previousStage() == LifecycleStage.TRIAL);
    }

    private static boolean running(ContractStatus status) {
        return status == ContractStatus.ACTIVE;
    }
}
