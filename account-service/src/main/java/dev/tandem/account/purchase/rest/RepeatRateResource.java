package dev.tandem.account.purchase.rest;

import dev.tandem.account.purchase.domain.RepeatRate;
import dev.tandem.account.purchase.service.PurchaseService;
import dev.tandem.platform.http.Days;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/purchases/repeat-rate")
@Tag(name = "Purchases")
public class RepeatRateResource {

    /** Long enough for a yearly buyer to show up twice, short enough for the query to stay a window, not a history. */
    private static final long LONGEST_WINDOW_DAYS = 3 * 366;

    private final PurchaseService service;
    private final Clock clock;

    public RepeatRateResource(PurchaseService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "Share of the accounts that bought in a window who bought again in it (default: the last 365 "
                    + "days)")
    public Uni<RepeatRate> repeatRate(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = to == null ? LocalDate.now(clock) : day("to", to);
        LocalDate start = from == null ? end.minusDays(364) : day("from", from);
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= LONGEST_WINDOW_DAYS) {
            throw new InvalidInputException("from", "the window may span at most " + LONGEST_WINDOW_DAYS + " days");
        }
        return service.repeatRate(start, end);
    }

    private static LocalDate day(String field, String value) {
        return Days.parse(field, value);
    }
}
