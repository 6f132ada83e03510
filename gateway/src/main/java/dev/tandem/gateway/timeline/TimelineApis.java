package dev.tandem.gateway.timeline;

import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.health.HealthBand;
import dev.tandem.gateway.cta.CtaStatus;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The services' lists the account timeline merges, each an account's items at or before {@code before}, newest first,
 * at most {@code limit}, with the shapes they answer in.
 */
final class TimelineApis {

    private TimelineApis() {}

    record CtaState(
            UUID id,
            String type,
            String reason,
            CtaPriority priority,
            CtaStatus status,
            String ownerId,
            String closeReason) {}

    record CtaEvent(Instant occurredAt, String kind, CtaState cta) {}

    record BandChange(Instant occurredAt, Integer score, HealthBand band, HealthBand previousBand) {}

    record OnboardingEvent(
            Instant occurredAt,
            String kind,
            UUID enrollmentId,
            UUID programId,
            String programName,
            UUID milestoneId,
            String milestoneName) {}

    record ContractChange(long id, Instant occurredAt, String change, String summary, String actor) {}

    @Path("/api/v1/accounts/{accountId}")
    interface Cta {

        @GET
        @Path("/cta-events")
        Uni<List<CtaEvent>> ctaEvents(
                @PathParam("accountId") UUID accountId,
                @QueryParam("before") Instant before,
                @QueryParam("limit") int limit);
    }

    @Path("/api/v1/accounts/{accountId}")
    interface Health {

        @GET
        @Path("/health/band-changes")
        Uni<List<BandChange>> bandChanges(
                @PathParam("accountId") String externalId,
                @QueryParam("before") Instant before,
                @QueryParam("limit") int limit);
    }

    @Path("/api/v1/accounts/{accountId}")
    interface Content {

        @GET
        @Path("/onboarding-events")
        Uni<List<OnboardingEvent>> onboardingEvents(
                @PathParam("accountId") UUID accountId,
                @QueryParam("before") Instant before,
                @QueryParam("limit") int limit);
    }

    @Path("/api/v1/accounts/{accountId}")
    interface Account {

        @GET
        @Path("/contract-changes")
        Uni<List<ContractChange>> contractChanges(
                @PathParam("accountId") String externalId,
                @QueryParam("before") Instant before,
                @QueryParam("limit") int limit);
    }
}
