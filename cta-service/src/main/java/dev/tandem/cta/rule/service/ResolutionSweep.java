package dev.tandem.cta.rule.service;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.cta.service.CtaResolution;
import dev.tandem.cta.rule.domain.Conditions;
import dev.tandem.cta.rule.domain.Resolution;
import dev.tandem.cta.rule.domain.Resolution.BandState;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.TriggerKind;
import dev.tandem.cta.rule.repository.RuleRepository;
import dev.tandem.events.health.HealthBand;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The clock side of auto-resolution: a condition clears with no event on the day its period ends, so each run looks at
 * the open, untaken CTAs of the rules whose conditions the platform can judge and resolves those {@link Resolution}
 * says are done, one transaction per CTA. Band rules are judged from the band the account is in and since when; the
 * conditions {@link Conditions} follows from since when the CTA's condition has not held. Like the other schedulers it
 * keeps no state: a CTA resolved is no longer open, so runs repeated or overlapping on replicas resolve it once.
 */
@ApplicationScoped
public class ResolutionSweep {

    private static final String OPEN = """
            SELECT c.id, c.rule_id, s.band, s.band_since, c.condition_cleared_at
            FROM cta c LEFT JOIN score_ref s ON s.account_id = c.account_id
            WHERE c.status = 'OPEN' AND c.taken_at IS NULL AND c.rule_id IN (:rules)
            ORDER BY c.created_at, c.id
            """;

    /** The kinds whose CTAs the platform resolves. */
    private static final List<String> JUDGED = Arrays.stream(TriggerKind.values())
            .filter(kind -> kind == TriggerKind.BAND_ENTERED || Conditions.followed(kind))
            .map(TriggerKind::name)
            .toList();

    private final RuleRepository repository;
    private final RuleCatalog catalog;
    private final CtaResolution resolution;
    private final Clock clock;

    public ResolutionSweep(RuleRepository repository, RuleCatalog catalog, CtaResolution resolution, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.resolution = resolution;
        this.clock = clock;
    }

    @Scheduled(
            identity = "resolution-sweep",
            every = "${tandem.cta.rules.schedule-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run(clock.instant()).replaceWithVoid();
    }

    /** @return how many CTAs were resolved as of {@code now} */
    public Uni<Integer> run(Instant now) {
        return Panache.withSession(() -> repository.ofKinds(JUDGED))
                .map(stored -> stored.stream()
                        .map(catalog::toRule)
                        .filter(rule -> rule.definition().resolveAfter() > 0)
                        .collect(Collectors.toMap(Rule::id, Function.identity())))
                .chain(rules -> rules.isEmpty() ? Uni.createFrom().item(0) : sweep(rules, now));
    }

    private Uni<Integer> sweep(Map<UUID, Rule> rules, Instant now) {
        return Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(OPEN, Object[].class)
                                .setParameter("rules", List.copyOf(rules.keySet()))
                                .getResultList()))
                .chain(open -> {
                    Uni<Integer> resolved = Uni.createFrom().item(0);
                    for (Object[] row : open) {
                        UUID ctaId = (UUID) row[0];
                        Optional<String> reason = reason(rules.get((UUID) row[1]), row, now);
                        if (reason.isPresent()) {
                            resolved = resolved.chain(count ->
                                    resolution.resolve(ctaId, reason.get(), now).map(done -> done ? count + 1 : count));
                        }
                    }
                    return resolved;
                });
    }

    private static Optional<String> reason(Rule rule, Object[] row, Instant now) {
        if (rule.definition().trigger().kind() == TriggerKind.BAND_ENTERED) {
            BandState account =
                    new BandState(row[2] == null ? null : HealthBand.valueOf((String) row[2]), Rows.instant(row[3]));
            return Resolution.reason(rule.definition(), false, account, now);
        }
        return Resolution.clearedReason(rule.definition(), false, Rows.instant(row[4]), now);
    }
}
