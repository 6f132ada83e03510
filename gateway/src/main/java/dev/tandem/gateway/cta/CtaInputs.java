package dev.tandem.gateway.cta;

import dev.tandem.events.cta.CtaOutcome;
import dev.tandem.events.cta.CtaPriority;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The inputs of the CTA mutations, shaped as cta-service's request bodies so they pass through unchanged. */
public final class CtaInputs {

    private CtaInputs() {}

    @Input("NewCtaInput")
    @Description("A CTA opened by hand. When the account has one open of this type and reason, it is added to.")
    public record NewCta(
            @NonNull @Description("Tandem's account id") UUID accountId,
            @NonNull String type,
            @NonNull String reason,
            CtaPriority priority,
            @Description("Defaults to the account's CSM") String ownerId,
            LocalDate dueDate,
            @Description("A playbook whose tasks to attach") UUID playbookId) {}

    @Input("CtaChangesInput")
    @Description("What to change on an open CTA. A field left out stays as it is; dueDate: null clears the due date.")
    public record Changes(
            @Description("Left out: unchanged. A CTA always has a priority, so null is refused.")
            CtaPriority priority,

            @Description("Left out: unchanged; null: no due date; else not before today.")
            LocalDate dueDate) {}

    /** cta-service's snooze body. */
    record Snooze(LocalDate until, String reason) {}

    /** cta-service's close body. */
    record Close(CtaOutcome outcome, String reason) {}

    /** cta-service's reassign body. */
    record Reassign(String ownerId) {}

    /** cta-service's comment body. */
    record Comment(String body) {}
}
