package dev.tandem.account.lifecycle.domain;

import dev.tandem.account.account.domain.Account;
import dev.tandem.account.contract.domain.Contract;
import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.TouchModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What follows from an account's contracts: its ARR (the running contracts' sum), next renewal (their earliest),
 * touch model (by the bands), lifecycle stage and, on its first paid contract, its conversion and cohort. Decided
 * from the account and all its contracts as they are now, so a PUT and a bulk chunk holding them in memory decide
 * alike.
 */
public final class Standing {

    /** A change of the account's standing that is announced: its event, audit action and audit summary. */
    public record Announcement(TandemEvent event, String action, String summary) {}

    private final Lifecycle lifecycle;

    public Standing(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * Brings {@code account} in step with {@code contracts} (all of them) at {@code now}.
     *
     * @return what is announced of it, in order: a segment change, then a stage change
     */
    public List<Announcement> follow(Account account, List<Contract> contracts, TouchModelBands bands, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Contract> running = contracts.stream().filter(Contract::isActive).toList();
        account.arr = running.stream().map(c -> c.arr).reduce(BigDecimal.ZERO, BigDecimal::add);
        account.nextRenewalDate = running.stream()
                .map(c -> c.renewalDate)
                .min(Comparator.naturalOrder())
                .orElse(null);
        TouchModel previousTouch = account.touchModel;
        account.touchModel = bands.touchModelFor(account.arr, account.plan);
        LifecycleStage previousStage = account.stage;
        account.stage = lifecycle.next(previousStage, facts(contracts), today);
        if (account.convertedOn == null && account.stage == LifecycleStage.ONBOARDING) {
            account.convertedOn = firstPaidStart(contracts, today);
            account.cohort = YearMonth.from(account.convertedOn).toString();
        }
        account.updatedAt = now;

        List<Announcement> announced = new ArrayList<>(2);
        if (account.touchModel != previousTouch) {
            announced.add(new Announcement(
                    new SegmentChanged(account.id, previousTouch, account.touchModel, account.community, now),
                    "segment.changed",
                    "touch model %s -> %s at ARR %s"
                            .formatted(previousTouch, account.touchModel, account.arr.toPlainString())));
        }
        if (account.stage != previousStage) {
            String reason =
                    "contracts: ARR " + account.arr.toPlainString() + ", next renewal " + account.nextRenewalDate;
            announced.add(new Announcement(
                    new StageChanged(account.id, previousStage, account.stage, reason, now),
                    "stage.changed",
                    stageSummary(account, previousStage, reason)));
        }
        return announced;
    }

    /** The audit summary of a stage change: from, to and why. */
    public static String stageSummary(Account account, LifecycleStage previous, String reason) {
        return "stage %s -> %s (%s)".formatted(previous, account.stage, reason);
    }

    /** What the lifecycle rules need to know of each contract. */
    public static List<ContractFacts> facts(List<Contract> contracts) {
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
