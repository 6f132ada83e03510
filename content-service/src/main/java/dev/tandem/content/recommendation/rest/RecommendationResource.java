package dev.tandem.content.recommendation.rest;

import dev.tandem.content.recommendation.service.RecommendationService;
import dev.tandem.content.web.QueryValues;
import dev.tandem.events.account.UserRole;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/accounts/{accountId}/recommendations")
@Tag(name = "Recommendations")
public class RecommendationResource {

    private final RecommendationService service;

    public RecommendationResource(RecommendationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(
            summary = "The content an account (or one of its users) should read next",
            description = "Published items covering the use cases of the account's unmet milestones, then of the most "
                    + "valuable use cases, that suit the reader's role (the user's, or the role given) and the "
                    + "account's plan and segment, leaving out what the user already viewed. Ranked: (1) items for "
                    + "the earliest unmet milestone first, in program order, use cases alone after every milestone; "
                    + "(2) items naming the reader's role before items for everyone; (3) items nobody at the account "
                    + "viewed before items a colleague viewed; (4) higher use-case priority (CS time the content "
                    + "saves) first; (5) title. As milestones are reached, their items drop out.")
    public Uni<RecommendationResponse> recommend(
            @PathParam("accountId") UUID accountId,
            @QueryParam("userId") String userId,
            @QueryParam("role") String role,
            @QueryParam("first")
                    @DefaultValue("10")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 50, message = "must be at most 50")
                    int first) {
        return Uni.createFrom()
                .item(() -> QueryValues.oneOf(UserRole.class, role, "role"))
                .chain(readerRole -> service.forAccount(accountId, QueryValues.id(userId, "userId"), readerRole, first))
                .map(recommendations -> RecommendationResponse.of(accountId, recommendations));
    }
}
