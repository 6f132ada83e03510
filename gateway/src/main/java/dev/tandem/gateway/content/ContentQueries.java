package dev.tandem.gateway.content;

import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.content.Connections.ContentConnection;
import dev.tandem.gateway.content.Connections.ContentGapConnection;
import dev.tandem.gateway.json.JsonDocuments;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ContentQueries {

    private final ContentClient content;

    public ContentQueries(ContentClient content) {
        this.content = content;
    }

    @Query("searchContent")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Content by full-text search (words, \"phrases\", -word, or), most relevant first; without a query,"
            + " newest first. Drafts show to cs-admins only.")
    public Uni<ContentConnection> searchContent(
            String query, String type, @DefaultValue("50") int first, String after) {
        return PageSize.checked(first)
                .chain(size -> content.search(query, type, size, after))
                .map(ContentConnection::of);
    }

    @Query("contentGaps")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Use cases by priority with the content covering each: what to write first.")
    public Uni<ContentGapConnection> contentGaps(@DefaultValue("50") int first, String after) {
        return PageSize.checked(first).chain(size -> content.gaps(size, after)).map(ContentGapConnection::of);
    }

    @Query("programs")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The onboarding programs with their milestones.")
    public Uni<List<Program>> programs() {
        return content.programs().map(found -> found.stream().map(Program::of).toList());
    }

    @Query("programStats")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("A program's outcomes overall and by cohort, success rate, median days to success, milestone funnel"
            + " and stall point.")
    public Uni<OnboardingStats> programStats(@NonNull UUID programId) {
        return content.stats(programId).map(OnboardingStats::of);
    }

    @Query("onboardingStats")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("Deprecated, kept for one release: programStats has the same figures typed. A program's outcomes as"
            + " content-service reports them, whole.")
    public Uni<JsonObject> onboardingStats(@NonNull UUID programId) {
        return content.stats(programId).map(JsonDocuments::toGraphQL);
    }
}
