package dev.tandem.health.scorecard.service;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.scorecard.domain.ConfiguredScorecard;
import dev.tandem.health.scorecard.domain.RescoreJob;
import dev.tandem.health.scorecard.domain.Scorecard;
import dev.tandem.health.scorecard.domain.ScorecardCriteria;
import dev.tandem.health.scorecard.domain.ScorecardDraft;
import dev.tandem.health.scorecard.domain.ScorecardPurpose;
import dev.tandem.health.scorecard.domain.ScorecardTimeline;
import dev.tandem.health.scorecard.domain.ScorecardVersion;
import dev.tandem.health.scorecard.repository.RescoreJobRepository;
import dev.tandem.health.scorecard.repository.ScorecardRepository;
import dev.tandem.health.scorecard.repository.ScorecardVersionRepository;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scorecards a cs-admin configures. Every change queues a rescoring of all accounts in the same transaction, so a
 * stored change is always followed by scores that reflect it.
 */
@ApplicationScoped
public class ScorecardService {

    private static final Set<String> STAGES =
            Arrays.stream(LifecycleStage.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> TOUCH_MODELS =
            Arrays.stream(TouchModel.values()).map(Enum::name).collect(Collectors.toSet());

    /** A change and the rescoring it queued. */
    public record Changed(ConfiguredScorecard scorecard, RescoreJob rescore) {}

    private final ScorecardRepository scorecards;
    private final ScorecardVersionRepository versions;
    private final RescoreJobRepository rescores;
    private final ScorecardJson json;
    private final Clock clock;

    public ScorecardService(
            ScorecardRepository scorecards,
            ScorecardVersionRepository versions,
            RescoreJobRepository rescores,
            ScorecardJson json,
            Clock clock) {
        this.scorecards = scorecards;
        this.versions = versions;
        this.rescores = rescores;
        this.json = json;
        this.clock = clock;
    }

    /** All scorecards: the default first, then by priority and name. */
    @WithSession
    public Uni<List<ConfiguredScorecard>> list() {
        return scorecards.listAll().map(all -> all.stream().map(json::read).toList());
    }

    /** The scorecards of one purpose, in the same order. */
    @WithSession
    public Uni<List<ConfiguredScorecard>> list(ScorecardPurpose purpose) {
        return list().map(
                        all -> all.stream().filter(s -> s.purpose() == purpose).toList());
    }

    @WithSession
    public Uni<ConfiguredScorecard> get(UUID id) {
        return require(id).map(json::read);
    }

    /** Every version of the scorecards of {@code purpose}, to score any day on the versions in force then. */
    @WithSession
    public Uni<ScorecardTimeline> timeline(ScorecardPurpose purpose) {
        return versions.ofPurpose(purpose.name())
                .map(rows -> new ScorecardTimeline(
                        rows.stream().map(json::readVersion).toList()));
    }

    /** The scorecard's versions, newest first; 404 for one that never existed. */
    @WithSession
    public Uni<List<ScorecardVersion>> versions(UUID id) {
        return versions.of(id).map(rows -> {
            if (rows.isEmpty()) {
                throw new NotFoundException("Scorecard", id);
            }
            return rows.stream().map(json::readVersion).toList();
        });
    }

    @WithTransaction
    public Uni<Changed> create(ScorecardDraft draft) {
        validate(draft);
        Instant now = clock.instant();
        Scorecard scorecard = new Scorecard();
        scorecard.id = UUID.randomUUID();
        scorecard.version = 1;
        scorecard.createdAt = now;
        return requireFreeName(draft.name(), null)
                .chain(() -> draft.isDefault()
                        ? demoteDefault(now)
                        : Uni.createFrom().voidItem())
                .chain(() -> {
                    apply(draft, scorecard, now);
                    return scorecards.persist(scorecard);
                })
                .call(saved -> versions.keep(saved, now, false))
                .chain(saved -> queueRescore(saved, "created"));
    }

    /** Replaces the scorecard, if nobody changed it since {@code expectedVersion}. */
    @WithTransaction
    public Uni<Changed> replace(UUID id, ScorecardDraft draft, int expectedVersion) {
        validate(draft);
        return scorecards
                .lockById(id)
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundException("Scorecard", id))
                .chain(scorecard -> {
                    if (scorecard.version != expectedVersion) {
                        throw new ConflictException(
                                "Scorecard %s is at version %d, not %d: someone changed it; read it again"
                                        .formatted(id, scorecard.version, expectedVersion));
                    }
                    if (scorecard.isDefault && !draft.isDefault()) {
                        throw new ConflictException("There must always be a default scorecard: make another one the"
                                + " default instead of unsetting this one");
                    }
                    Instant now = clock.instant();
                    return requireFreeName(draft.name(), id)
                            .chain(() -> draft.isDefault() && !scorecard.isDefault
                                    ? demoteDefault(now)
                                    : Uni.createFrom().voidItem())
                            .chain(() -> {
                                apply(draft, scorecard, now);
                                scorecard.version++;
                                return versions.keep(scorecard, now, false)
                                        .chain(() -> queueRescore(scorecard, "updated"));
                            });
                });
    }

    @WithTransaction
    public Uni<RescoreJob> delete(UUID id) {
        return require(id).chain(scorecard -> {
            if (scorecard.isDefault) {
                throw new ConflictException(
                        "The default scorecard cannot be deleted: make another one the default" + " first");
            }
            Instant now = clock.instant();
            return versions.keep(scorecard, now, true)
                    .chain(() -> scorecards.delete(scorecard))
                    .chain(() -> rescores.enqueue("scorecard " + scorecard.name + " deleted", now));
        });
    }

    /**
     * The current default stops being it, as a version of its own: a day is then scored on one default, the one in
     * force at its end.
     */
    private Uni<Void> demoteDefault(Instant now) {
        return scorecards.find("isDefault", true).firstResult().chain(current -> {
            if (current == null) {
                return Uni.createFrom().voidItem();
            }
            current.isDefault = false;
            current.version++;
            current.updatedAt = now;
            // Flushed before the new default is written: one default at a time, as the unique index wants.
            return scorecards.flush().chain(() -> versions.keep(current, now, false));
        });
    }

    private Uni<Changed> queueRescore(Scorecard scorecard, String what) {
        return rescores.enqueue("scorecard " + scorecard.name + " " + what, clock.instant())
                .map(job -> new Changed(json.read(scorecard), job));
    }

    private void apply(ScorecardDraft draft, Scorecard scorecard, Instant now) {
        scorecard.name = draft.name().strip();
        scorecard.isDefault = draft.isDefault();
        scorecard.purpose = draft.purpose();
        scorecard.qualifyAt = draft.qualifyAt();
        scorecard.priority = draft.priority();
        scorecard.criteria = json.write(draft.criteria());
        scorecard.definition = json.write(draft.definition());
        scorecard.updatedAt = now;
    }

    private Uni<Scorecard> require(UUID id) {
        return scorecards.findById(id).onItem().ifNull().failWith(() -> new NotFoundException("Scorecard", id));
    }

    private Uni<Void> requireFreeName(String name, UUID except) {
        return scorecards
                .find("lower(name) = ?1", name.strip().toLowerCase())
                .firstResult()
                .invoke(holder -> {
                    if (holder != null && !holder.id.equals(except)) {
                        throw new ConflictException("A scorecard named '%s' exists already".formatted(holder.name));
                    }
                })
                .replaceWithVoid();
    }

    private static void validate(ScorecardDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 100) {
            errors.add(new FieldError("name", "must be 1-100 characters"));
        }
        if (draft.purpose() == ScorecardPurpose.PQL) {
            if (draft.qualifyAt() == null || draft.qualifyAt() < 1 || draft.qualifyAt() > 100) {
                errors.add(new FieldError("qualifyAt", "must be between 1 and 100 for a PQL scorecard"));
            }
            if (draft.isDefault()) {
                errors.add(new FieldError("isDefault", "only a HEALTH scorecard can be the default"));
            }
        } else if (draft.qualifyAt() != null) {
            errors.add(new FieldError("qualifyAt", "applies to PQL scorecards only"));
        }
        if (draft.priority() < 0 || draft.priority() > 10_000) {
            errors.add(new FieldError("priority", "must be between 0 and 10000"));
        }
        ScorecardCriteria criteria = draft.criteria();
        checkValues(errors, "criteria.stages", criteria.stages(), STAGES);
        checkValues(errors, "criteria.touchModels", criteria.touchModels(), TOUCH_MODELS);
        if (criteria.plans().stream().anyMatch(plan -> plan == null || plan.isBlank() || plan.length() > 100)) {
            errors.add(new FieldError("criteria.plans", "each plan must be 1-100 characters"));
        }
        if (draft.definition() == null) {
            errors.add(new FieldError("groups", "must hold at least one group"));
        } else {
            errors.addAll(draft.definition().problems(Metric.keys()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkValues(List<FieldError> errors, String field, List<String> values, Set<String> known) {
        for (String value : values) {
            if (!known.contains(value)) {
                errors.add(new FieldError(
                        field,
                        "'%s' is not one of %s"
                                .formatted(value, known.stream().sorted().toList())));
            }
        }
    }
}
