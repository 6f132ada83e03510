package dev.tandem.health.imports.rest;

import dev.tandem.health.imports.domain.DailyMetricCsv;
import dev.tandem.health.imports.service.DailyMetricImport;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/imports/daily-metrics")
@Tag(name = "Imports")
public class DailyMetricImportResource {

    private final DailyMetricImport imports;

    public DailyMetricImportResource(DailyMetricImport imports) {
        this.imports = imports;
    }

    @POST
    @Blocking
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.INTEGRATOR, Roles.CS_ADMIN})
    @Operation(
            summary = "Import past usage: a CSV of daily metric values (account, day, metric, value), bulk-loaded",
            description = "The header names the columns account, day, metric and value, in any order. A value"
                    + " replaces the one stored for its account, day and metric, so a file loaded twice changes"
                    + " nothing. Good rows commit together, bad rows are listed by row and column (the first 1,000)."
                    + " Up to 64 MB a request (about 1,500,000 rows): send long histories as many files, several at"
                    + " once. The accounts' daily score history is then recomputed from their earliest day loaded.")
    public DailyMetricImportResponse load(String csv) {
        if (csv == null || csv.isEmpty()) {
            throw new InvalidInputException("body", "is empty; the first row must name the columns");
        }
        DailyMetricCsv.Outcome outcome = imports.load(csv);
        return new DailyMetricImportResponse(outcome.rows(), outcome.accepted(), outcome.rejected(), outcome.errors());
    }
}
