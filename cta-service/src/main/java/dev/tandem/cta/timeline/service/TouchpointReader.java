package dev.tandem.cta.timeline.service;

import dev.tandem.cta.timeline.domain.Touchpoint;
import dev.tandem.cta.timeline.domain.TouchpointFilter;
import dev.tandem.cta.timeline.domain.TouchpointView;
import dev.tandem.cta.timeline.repository.ParticipantStore;
import dev.tandem.cta.timeline.repository.ParticipantStore.Participants;
import dev.tandem.cta.timeline.repository.TouchpointRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Touchpoints as people read them: one, or an account's timeline a page at a time. */
@ApplicationScoped
public class TouchpointReader {

    private final TouchpointRepository touchpoints;
    private final ParticipantStore participants;

    public TouchpointReader(TouchpointRepository touchpoints, ParticipantStore participants) {
        this.touchpoints = touchpoints;
        this.participants = participants;
    }

    @WithSession
    public Uni<TouchpointView> get(UUID id) {
        return touchpoints.findById(id).chain(touchpoint -> {
            if (touchpoint == null || touchpoint.deleted()) {
                throw new NotFoundException("Touchpoint", id);
            }
            return withParticipants(List.of(touchpoint)).map(views -> views.get(0));
        });
    }

    /** An account's touchpoints, newest first by when they happened. */
    @WithSession
    public Uni<Page<TouchpointView>> timeline(TouchpointFilter filter, int first, String after) {
        Instant afterOccurred = null;
        UUID afterId = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            try {
                afterOccurred = Instant.parse(position.get(0));
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "is not a cursor returned by this API");
            }
            afterId = Cursor.uuidPart(position.get(1));
        }
        return touchpoints
                .timeline(filter, afterOccurred, afterId, first + 1)
                .map(found ->
                        Page.of(found, first, t -> Cursor.encode(List.of(t.occurredAt.toString(), t.id.toString()))))
                .chain(page -> withParticipants(page.items())
                        .map(views -> new Page<>(views, page.nextCursor(), page.hasMore())));
    }

    /** {@code found} in their order, each with its participants (one query for all). */
    Uni<List<TouchpointView>> withParticipants(List<Touchpoint> found) {
        return participants.of(found.stream().map(t -> t.id).toList()).map(byTouchpoint -> views(found, byTouchpoint));
    }

    private static List<TouchpointView> views(List<Touchpoint> found, Map<UUID, Participants> byTouchpoint) {
        return found.stream()
                .map(t -> {
                    Participants p = byTouchpoint.getOrDefault(t.id, Participants.NONE);
                    return new TouchpointView(t, p.users(), p.colleagues());
                })
                .toList();
    }
}
