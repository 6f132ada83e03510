package dev.tandem.gateway.account;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The filters account-service applies to its account list; all optional, combined with AND. */
@Input("AccountFilter")
@Description("Filters applied by account-service; accounts come sorted by name.")
public record AccountFilter(
        LifecycleStage stage,
        TouchModel touchModel,
        @Description("The CSM's user id") String csmId,
        String plan,

        @Description("Accounts whose next renewal falls before this day: the renewal window")
        LocalDate renewalBefore,

        @Description("A case-insensitive part of the name") String nameContains) {}
