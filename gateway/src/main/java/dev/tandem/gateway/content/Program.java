package dev.tandem.gateway.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.events.account.TouchModel;
import dev.tandem.gateway.json.JsonDocuments;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** An onboarding program as content-service keeps it, field by field: whom it applies to and its milestones. */
public record Program(
        @Id String id,
        String name,
        String description,
        int periodDays,
        boolean premium,
        BigDecimal price,
        String currency,

        @Description("The plans it applies to; empty for every plan")
        List<String> plans,

        @Description("The touch models it applies to; empty for every one")
        List<TouchModel> touchModels,

        EndPolicy endPolicy,
        Integer extensionDays,

        @Description("Name this version when replacing the program; a stale one is refused")
        int version,

        @Description("In program order") List<Milestone> milestones,

        @Description("Deprecated, kept for one release: read the typed fields (milestones, plans, endPolicy)."
                + " The same program as one JSON document, in content-service's REST shape")
        JsonObject document) {

    /** One step of a program's definition of success. */
    @Name("Milestone")
    public record Milestone(
            @Id UUID id,
            int position,
            String name,
            MilestoneKind kind,

            @Description("The setup step, key feature or ROI metric it names, as the signals do; none for"
                    + " SEATS_ACTIVE, and for ROI_REPORTED any metric when none")
            String subject,

            @Description("Seats (SEATS_ACTIVE) or uses (FEATURE_USED) needed")
            int threshold,

            @Description("Use cases whose content helps reach it")
            List<UUID> useCaseIds) {}

    static Program of(JsonNode node) {
        Program typed = JsonDocuments.read(node, Program.class);
        return new Program(
                typed.id,
                typed.name,
                typed.description,
                typed.periodDays,
                typed.premium,
                typed.price,
                typed.currency,
                typed.plans,
                typed.touchModels,
                typed.endPolicy,
                typed.extensionDays,
                typed.version,
                typed.milestones,
                JsonDocuments.toGraphQL(node));
    }
}
