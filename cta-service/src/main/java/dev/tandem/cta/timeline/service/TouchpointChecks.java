package dev.tandem.cta.timeline.service;

import dev.tandem.cta.cta.repository.CtaRepository;
import dev.tandem.cta.timeline.domain.TouchpointContent;
import dev.tandem.cta.timeline.repository.ParticipantStore;
import dev.tandem.cta.timeline.repository.TouchpointTypeRepository;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What bean validation cannot know about a touchpoint: its type exists, it happened in a plausible time, its
 * participants are end users of its account, its CTA is of its account. All refusals come together, by field, and
 * nothing is stored.
 */
@ApplicationScoped
public class TouchpointChecks {

    /** Touchpoints record what happened; a day ahead leaves room for time zones and a calendar's clock. */
    static final Duration LATEST_AHEAD = Duration.ofDays(1);

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private final TouchpointTypeRepository types;
    private final ParticipantStore participants;
    private final CtaRepository ctas;
    private final Clock clock;

    public TouchpointChecks(
            TouchpointTypeRepository types, ParticipantStore participants, CtaRepository ctas, Clock clock) {
        this.types = types;
        this.participants = participants;
        this.ctas = ctas;
        this.clock = clock;
    }

    /**
     * Fails with 400 naming every refused field of {@code content} for a touchpoint of {@code accountId}.
     *
     * @param participantIds the end users as the request listed them, so that a refusal names the request's index
     */
    public Uni<Void> require(UUID accountId, TouchpointContent content, List<UUID> participantIds) {
        List<FieldError> errors = new ArrayList<>();
        Instant latest = clock.instant().plus(LATEST_AHEAD);
        if (content.occurredAt().isBefore(EARLIEST) || content.occurredAt().isAfter(latest)) {
            errors.add(new FieldError(
                    "occurredAt", "must lie between " + EARLIEST + " and a day from now: a touchpoint has happened"));
        }
        return types.findById(content.type())
                .invoke(type -> {
                    if (type == null) {
                        errors.add(new FieldError(
                                "type", "is not a touchpoint type; GET /api/v1/touchpoint-types lists them"));
                    }
                })
                .chain(() -> participants.accountsOf(content.participantUserIds()))
                .invoke(accounts -> {
                    for (int i = 0; i < participantIds.size(); i++) {
                        UUID account = accounts.get(participantIds.get(i));
                        if (account == null) {
                            errors.add(
                                    new FieldError("participants[" + i + "]", "is not an end user cta-service knows"));
                        } else if (!account.equals(accountId)) {
                            errors.add(new FieldError("participants[" + i + "]", "is an end user of another account"));
                        }
                    }
                })
                .chain(() -> content.ctaId() == null ? Uni.createFrom().nullItem() : ctas.findById(content.ctaId()))
                .invoke(cta -> {
                    if (content.ctaId() != null && cta == null) {
                        errors.add(new FieldError("ctaId", "is not a CTA"));
                    } else if (cta != null && !cta.accountId.equals(accountId)) {
                        errors.add(new FieldError("ctaId", "is a CTA of another account"));
                    }
                })
                .invoke(() -> {
                    if (!errors.isEmpty()) {
                        throw new InvalidInputException(errors);
                    }
                })
                .replaceWithVoid();
    }
}
