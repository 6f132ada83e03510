package dev.tandem.content.view.rest;

import dev.tandem.content.view.repository.ContentViews;
import dev.tandem.content.view.service.ViewStatistics;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.paging.PageParameters;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/content-views")
@Tag(name = "Content")
public class AccountViewResource {

    /** An account's views of one item. */
    public record AccountViewResponse(UUID contentId, long views, long completions, Instant lastViewedAt) {}

    private final ViewStatistics statistics;

    public AccountViewResource(ViewStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "What an account viewed and completed, most recently viewed first; cursor pages")
    public Uni<Page<AccountViewResponse>> ofAccount(
            @PathParam("accountId") UUID accountId, @BeanParam @Valid PageParameters page) {
        return statistics
                .ofAccount(accountId, page.first, page.after)
                .map(result -> result.map(AccountViewResource::response));
    }

    private static AccountViewResponse response(ContentViews.Tally tally) {
        return new AccountViewResponse(tally.contentId(), tally.views(), tally.completions(), tally.lastViewedAt());
    }
}
