package dev.tandem.health.account.service;

import dev.tandem.events.TandemEvent;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.ContractEvent;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserErased;
import dev.tandem.events.account.UserRole;
import dev.tandem.events.account.UserUpdated;
import dev.tandem.health.account.domain.TermOutcome;
import dev.tandem.health.account.repository.AccountProjection;
import dev.tandem.health.account.repository.ContractOutcomes;
import dev.tandem.health.account.repository.UserProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * What one event of account.events does here: the state it carries written to the projection of accounts and contracts,
 * and whether the account's score may have changed with it (its stage, segment and plan choose the scorecard, and a
 * churned account scores N/A; its running contracts' seats are what seat use is measured against). A renewal or an
 * end of a contract also records how its term ended ({@link TermOutcome}).
 */
@ApplicationScoped
public class AccountEventEffects {

    private final AccountProjection projection;
    private final UserProjection users;
    private final ContractOutcomes outcomes;

    public AccountEventEffects(AccountProjection projection, UserProjection users, ContractOutcomes outcomes) {
        this.projection = projection;
        this.users = users;
        this.outcomes = outcomes;
    }

    /**
     * The account whose score the event may change, or null: CSMs, new users, users' other changes, purchases and the
     * account's erasure do not. A user's erasure does: their activity goes, and with it their part in seat use; so does
     * a user's new role, which tells whether touchpoints with them were with a decision maker.
     */
    public static UUID accountToRescore(TandemEvent data) {
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
        if (data instanceof ContractEvent c) {
            return c.accountId();
        }
        if (data instanceof UserErased e) {
            return e.accountId();
        }
        if (data instanceof UserUpdated u && u.previous().containsKey("role")) {
            // Whether a touchpoint was with a decision maker is told by its participants' roles.
            return u.accountId();
        }
        return null;
    }

    /**
     * Prepares a transaction that applies {@code events}, before it applies any: waits for the PQL rescorings of the
     * users they erase (see {@link UserProjection#holdForErasure}).
     */
    public Uni<Void> prepare(List<TandemEvent> events) {
        return users.holdForErasure(events.stream()
                .filter(UserErased.class::isInstance)
                .map(event -> ((UserErased) event).userId())
                .toList());
    }

    /** Applies the event to the projection; call inside the transaction that records it as processed. */
    public Uni<?> project(TandemEvent data) {
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
        if (data instanceof ContractEvent c) {
            Uni<Integer> projected = projection.upsertContract(
                    c.contractId(), c.accountId(), c.seats(), c.running(), c.startDate(), c.occurredAt());
            // A renewal or an end also closes a term: its outcome is what churn analysis learns from.
            return TermOutcome.of(c)
                    .map(outcome -> projected.chain(() -> outcomes.record(outcome, c.occurredAt())))
                    .orElse(projected);
        }
        if (data instanceof UserCreated u) {
            return users.remember(u.userId(), u.accountId(), u.externalId(), roleName(u.role()));
        }
        if (data instanceof UserUpdated u) {
            return users.remember(u.userId(), u.accountId(), u.externalId(), roleName(u.role()));
        }
        if (data instanceof UserErased e) {
            return users.erase(e.userId());
        }
        // Purchases do not bear on scoring yet.
        return Uni.createFrom().voidItem();
    }

    private static String roleName(UserRole role) {
        return role == null ? null : role.name();
    }

    /** Free or trial to onboarding: the first paid contract started. */
    private static boolean isConversion(StageChanged change) {
        return change.stage() == LifecycleStage.ONBOARDING
                && (change.previousStage() == LifecycleStage.FREE || change.previousStage() == LifecycleStage.TRIAL);
    }
}
