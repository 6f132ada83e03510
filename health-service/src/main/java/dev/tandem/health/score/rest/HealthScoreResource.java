package dev.tandem.health.score.rest;

import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.score.domain.BandChange;
import dev.tandem.health.score.domain.ScoreHistory;
import dev.tandem.health.score.service.HealthScoreService;
import dev.tandem.health.score.service.ScoreHistoryService;
import dev.tandem.platform.paging.BeforeParameters;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/health")
@Tag(name = "Health scores")
public class HealthScoreResource {

    private final HealthScoreService service;
    private final ScoreHistoryService history;
    private final Clock clock;

    public HealthScoreResource(HealthScoreService service, ScoreHistoryService history, Clock clock) {
        this.service = service;
        this.history = history;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The account's health now, or as of a past day (asOf=YYYY-MM-DD), by the vendor's account id:"
                    + " score 0-100 or null for N/A, band, each group and measure with raw value, points, effective"
                    + " weight and contribution (or why it is N/A), and what pulls the score down most",
            description = "A past day is scored on the scorecard version in force that day, or on the version named"
                    + " by scorecardId and version, from the account's aggregates over windows ending that day.")
    public Uni<HealthScore> get(@PathParam("accountId") @ExternalId String accountId, @BeanParam AsOf asOf) {
        return service.score(accountId, asOf.day(clock), asOf.version());
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The account's health over the last days (default 30, at most 365): a score a day, every change,"
                    + " and the trend over 7 and 30 days")
    public Uni<ScoreHistory> history(
            @PathParam("accountId") @ExternalId String accountId,
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(365) int days) {
        return history.history(accountId, days);
    }

    @GET
    @Path("/band-changes")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The account's health moving from one band into another, newest first: at or before `before`"
                    + " (default: now), at most `limit` (default 50, at most 200)",
            description = "Each with the time, the score and the bands before and after (null: N/A). The account"
                    + " timeline in the gateway merges it with the other services' lists.")
    public Uni<List<BandChange>> bandChanges(
            @PathParam("accountId") @ExternalId String accountId, @BeanParam @Valid BeforeParameters window) {
        return history.bandChanges(accountId, window.beforeOrLatest(), window.limit);
    }
}
