package dev.tandem.health.manual.service;

import dev.tandem.health.change.AccountChanges;
import dev.tandem.health.manual.domain.ManualValue;
import dev.tandem.health.manual.repository.ManualValueRepository;
import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.service.ScorecardService;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import dev.tandem.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The points CSMs give accounts on MANUAL measures. A change is recorded for the account's rescoring, like a signal, so
 * its score follows within seconds. Only the account's CSM or a cs-admin changes them ({@link ManualValueGuard}).
 */
@ApplicationScoped
public class ManualValueService {

    /** Judgements are revisited at least yearly. */
    private static final int LONGEST_VALIDITY_DAYS = 366;

    private final ManualValueRepository values;
    private final ManualValueGuard guard;
    private final ScorecardService scorecards;
    private final AccountChanges changes;
    private final Clock clock;

    public ManualValueService(
            ManualValueRepository values,
            ManualValueGuard guard,
            ScorecardService scorecards,
            AccountChanges changes,
            Clock clock) {
        this.values = values;
        this.guard = guard;
        this.scorecards = scorecards;
        this.changes = changes;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<ManualValue>> ofAccount(String account) {
        return values.ofAccount(account);
    }

    @WithTransaction
    public Uni<ManualValue> set(
            String account, String measureKey, BigDecimal points, LocalDate expiresOn, String note, Caller caller) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (expiresOn.isBefore(today)) {
            throw new InvalidInputException("expiresOn", "must be today or later");
        }
        if (expiresOn.isAfter(today.plusDays(LONGEST_VALIDITY_DAYS))) {
            throw new InvalidInputException(
                    "expiresOn", "must be at most " + LONGEST_VALIDITY_DAYS + " days ahead: judgements go stale");
        }
        ManualValue value = new ManualValue(account, measureKey, points, expiresOn, note, caller.subject(), now);
        return guard.requireWorkable(account, caller)
                .chain(() -> requireManualMeasure(measureKey))
                .chain(() -> values.save(value))
                .chain(() -> changes.record(List.of(account), now))
                .replaceWith(value);
    }

    @WithTransaction
    public Uni<Void> remove(String account, String measureKey, Caller caller) {
        return guard.requireWorkable(account, caller)
                .chain(() -> values.delete(account, measureKey))
                .chain(deleted -> {
                    if (!deleted) {
                        throw new NotFoundException("Manual value", account + "/" + measureKey);
                    }
                    return changes.record(List.of(account), clock.instant());
                });
    }

    private Uni<Void> requireManualMeasure(String measureKey) {
        return scorecards
                .list()
                .invoke(all -> {
                    Set<String> manualKeys = new TreeSet<>();
                    all.forEach(s -> s.definition()
                            .measures()
                            .filter(MeasureDefinition::isManual)
                            .forEach(m -> manualKeys.add(m.key())));
                    if (!manualKeys.contains(measureKey)) {
                        throw new InvalidInputException(
                                "measureKey",
                                "no scorecard has a MANUAL measure with this key; MANUAL measures: " + manualKeys);
                    }
                })
                .replaceWithVoid();
    }
}
