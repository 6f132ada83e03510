package dev.tandem.gateway.timeline;

import dev.tandem.events.cta.TouchpointSentiment;
import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Touchpoints, from cta-service's list of an account's touchpoints; their author and participants are named. */
@ApplicationScoped
class TouchpointSource implements TimelineSource {

    /** A touchpoint as cta-service answers it, the fields the timeline shows. */
    record Touchpoint(
            UUID id,
            String type,
            Instant occurredAt,
            String authorId,
            String subject,
            List<TouchpointParticipant> participants,
            List<String> colleagues,
            TouchpointSentiment sentiment) {}

    /** The account's touchpoints newest first, before {@code to} (exclusive), a page of {@code first}. */
    @Path("/api/v1/accounts/{accountId}/touchpoints")
    interface Api {

        @GET
        Uni<Page<Touchpoint>> list(
                @PathParam("accountId") UUID accountId, @QueryParam("to") Instant to, @QueryParam("first") int first);
    }

    private final Downstream downstream;
    private final Api api;

    TouchpointSource(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api("cta", Api.class);
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.TOUCHPOINT);
    }

    @Override
    public boolean namesPeople() {
        return true;
    }

    @Override
    public Uni<List<TimelineEntry>> before(Account account, Instant before, int limit) {
        // The list's "to" leaves its own time out; the timeline asks for what happened at or before it.
        Instant to = before == null ? null : before.plusNanos(1_000);
        return downstream
                .read("cta", () -> api.list(account.id(), to, limit))
                .map(page -> page.items().stream().map(TouchpointSource::entry).toList());
    }

    private static TimelineEntry entry(Touchpoint touchpoint) {
        Set<String> people = new HashSet<>();
        if (touchpoint.authorId() != null) {
            people.add(touchpoint.authorId());
        }
        List<TouchpointParticipant> participants =
                touchpoint.participants() == null ? List.of() : touchpoint.participants();
        participants.forEach(participant -> people.add(participant.userId().toString()));
        if (touchpoint.colleagues() != null) {
            people.addAll(touchpoint.colleagues());
        }
        return new TimelineEntry(
                touchpoint.occurredAt(),
                TimelineKind.TOUCHPOINT,
                touchpoint.id().toString(),
                people,
                touchpoint.type(),
                new TouchpointItem(
                        touchpoint.occurredAt(),
                        touchpoint.id(),
                        touchpoint.type(),
                        touchpoint.subject(),
                        touchpoint.authorId(),
                        participants,
                        touchpoint.sentiment()));
    }
}
