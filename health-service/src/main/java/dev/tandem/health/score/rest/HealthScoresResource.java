package dev.tandem.health.score.rest;

import dev.tandem.health.domain.scoring.Band;
import dev.tandem.health.domain.scoring.GroupScore;
import dev.tandem.health.domain.scoring.HealthScore;
import dev.tandem.health.score.service.HealthScoreService;
import dev.tandem.platform.security.Roles;
import dev.tandem.platform.validation.ExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Many accounts' health in one request: a console's page of accounts, or the gateway loading the health of a page of
 * accounts at once. Scored together, which reads each metric once for all of them.
 */
@Path("/api/v1/health-scores")
@Tag(name = "Health scores")
public class HealthScoresResource {

    static final int MAX_ACCOUNTS = 200;

    /**
     * One account's health now, as {@code GET /accounts/{accountId}/health} shows it, with the account's id and the
     * points the score moved over 7 and 30 days (as the history shows them; null when either end has no score).
     */
    public record AccountHealth(
            String accountId,
            Integer score,
            Band band,
            BigDecimal exactScore,
            List<GroupScore> groups,
            String explanation,
            Integer trend7,
            Integer trend30) {

        static AccountHealth of(String accountId, HealthScoreService.Trended trended) {
            HealthScore health = trended.health();
            return new AccountHealth(
                    accountId,
                    health.score(),
                    health.band(),
                    health.exactScore(),
                    health.groups(),
                    health.explanation(),
                    trended.trend7(),
                    trended.trend30());
        }
    }

    private final HealthScoreService service;
    private final Clock clock;

    public HealthScoresResource(HealthScoreService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The health now, or as of a past day (asOf=YYYY-MM-DD), of up to 200 accounts (repeat accountId,"
                    + " the vendor's account id) with the trends over the 7 and 30 days before, one entry per account"
                    + " in the order asked, N/A (null score) for an account without data")
    public Uni<List<AccountHealth>> scores(
            @QueryParam("accountId")
                    @NotEmpty(message = "name at least one account")
                    @Size(max = MAX_ACCOUNTS, message = "name at most " + MAX_ACCOUNTS + " accounts")
                    List<
                                    @Pattern(
                                            regexp = ExternalId.PATTERN,
                                            message = "must be 1-128 letters, digits or ._:@-")
                                    String>
                            accountId,
            @BeanParam AsOf asOf) {
        return service.scores(accountId, asOf.day(clock), asOf.version())
                .map(scores -> scores.entrySet().stream()
                        .map(e -> AccountHealth.of(e.getKey(), e.getValue()))
                        .toList());
    }
}
