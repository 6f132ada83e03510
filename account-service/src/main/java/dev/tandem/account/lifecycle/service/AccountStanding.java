package dev.tandem.account.lifecycle.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.audit.service.AuditLog;
import dev.tandem.account.audit.service.ChangeLog;
import dev.tandem.account.audit.service.Changes;
import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.contract.repository.ContractRepository;
import dev.tandem.account.contract.service.ContractFollower;
import dev.tandem.account.lifecycle.config.LifecycleConfig;
import dev.tandem.account.lifecycle.domain.ContractFacts;
import dev.tandem.account.lifecycle.domain.Lifecycle;
import dev.tandem.account.segment.repository.TouchModelBandsRepository;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps what follows from an account's contracts in step with them: ARR, next renewal, touch model, lifecycle stage
 * and the free-to-paid conversion. Stage and segment changes are announced as events of their own. Call it inside
 * the transaction that changed the contracts.
 */
@ApplicationScoped
public class AccountStanding implements ContractFollower {

    private final ContractRepository contracts;
    private final TouchModelBandsRepository bands;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Changes changes;
    private final Lifecycle lifecycle;
    private final Clock clock;

    public AccountStanding(
            ContractRepository contracts,
            TouchModelBandsRepository bands,
            Outbox outbox,
            AuditLog audit,
            Changes changes,
            LifecycleConfig config,
            Clock clock) {
        this.contracts = contracts;
        this.bands = bands;
        this.outbox = outbox;
        this.audit = audit;
        this.changes = changes;
        this.lifecycle = new Lifecycle(config.renewalWindowDays());
        this.clock = clock;
    }

    @Override
    public Uni<Account> contractsChanged(Account account, ChangeLog log) {
        return refresh(account, log);
    }

    /**
     * Brings the account's ARR, next renewal, touch model and stage in step with its contracts and today's date,
     * audited for the current caller.
     */
    public Uni<Account> refresh(Account account) {
        return refresh(account, changes);
    }

    private Uni<Account> refresh(Account account, ChangeLog log) {
        return contracts
                .listByAccount(account.id)
                .chain(all -> bands.current().chain(touchBands -> {
                    Instant now = clock.instant();
                    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
                    List<Contract> running =
                            all.stream().filter(Contract::isActive).toList();
                    account.arr = running.stream().map(c -> c.arr).reduce(BigDecimal.ZERO, BigDecimal::add);
                    account.nextRenewalDate = running.stream()
                            .map(c -> c.renewalDate)
                            .min(Comparator.naturalOrder())
                            .orElse(null);
                    TouchModel previousTouch = account.touchModel;
                    account.touchModel = touchBands.touchModelFor(account.arr, account.plan);
                    LifecycleStage previousStage = account.stage;
                    account.stage = lifecycle.next(previousStage, facts(all), today);
                    if (account.convertedOn == null && account.stage == LifecycleStage.ONBOARDING) {
                        account.convertedOn = firstPaidStart(all, today);
                        account.cohort = YearMonth.from(account.convertedOn).toString();
                    }
                    account.updatedAt = now;
                    return announce(account, previousTouch, previousStage, now, log);
                }));
    }

    /** Moves an onboarding account on once its onboarding program ended ({@code outcome} says how, for the event). */
    public Uni<Account> onboardingEnded(Account account, String outcome) {
        return contracts.listByAccount(account.id).chain(all -> {
            Instant now = clock.instant();
            LifecycleStage previous = account.stage;
            account.stage = lifecycle.onboardingEnded(previous, facts(all), LocalDate.ofInstant(now, ZoneOffset.UTC));
            if (account.stage == previous) {
                return Uni.createFrom().item(account);
            }
            account.updatedAt = now;
            return outbox.append(new StageChanged(account.id, previous, account.stage, outcome, now))
                    .chain(() -> recordStage(account, previous, outcome))
                    .replaceWith(account);
        });
    }

    private Uni<Account> announce(
            Account account, TouchModel previousTouch, LifecycleStage previousStage, Instant now, ChangeLog log) {
        Uni<?> events = Uni.createFrom().voidItem();
        if (account.touchModel != previousTouch) {
            events = events.chain(() -> log.record(
                    new SegmentChanged(account.id, previousTouch, account.touchModel, account.community, now),
                    account.id,
                    "segment.changed",
                    "touch model %s -> %s at ARR %s"
                            .formatted(previousTouch, account.touchModel, account.arr.toPlainString())));
        }
        if (account.stage != previousStage) {
            String reason =
                    "contracts: ARR " + account.arr.toPlainString() + ", next renewal " + account.nextRenewalDate;
            events = events.chain(() -> log.record(
                    new StageChanged(account.id, previousStage, account.stage, reason, now),
                    account.id,
                    "stage.changed",
                    stageSummary(account, previousStage, reason)));
        }
        return events.replaceWith(account);
    }

    private Uni<Void> recordStage(Account account, LifecycleStage previous, String reason) {
        return audit.record(account.id, "stage.changed", stageSummary(account, previous, reason));
    }

    private static String stageSummary(Account account, LifecycleStage previous, String reason) {
        return "stage %s -> %s (%s)".formatted(previous, account.stage, reason);
    }

    private static List<ContractFacts> facts(List<Contract> contracts) {
        return contracts.stream()
                .map(c -> new ContractFacts(c.isActive(), c.arr, c.startDate, c.renewalDate))
                .toList();
    }

    private static LocalDate firstPaidStart(List<Contract> contracts, LocalDate today) {
        return contracts.stream()
                .filter(c -> c.isActive() && c.arr.signum() > 0 && !c.startDate.isAfter(today))
                .map(c -> c.startDate)
                .min(Comparator.naturalOrder())
                .orElse(today);
    }
}
