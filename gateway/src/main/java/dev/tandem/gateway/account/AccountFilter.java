package dev.tandem.gateway.account;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The filters account-service applies to its account list; all optional, combined with AND. */
@Input("AccountFilter")
@Description("Filters applied by account-service.")
public record AccountFilter(
        LifecycleStage stage,
        TouchModel touchModel,
        @Description("The CSM's user id") String csmId,
        String plan,

        @Description("Accounts whose next renewal falls before this day: the renewal window")
        LocalDate renewalBefore,

        @Description("A case-insensitive part of the name") String nameContains,

        // Not List<@NonNull ...>: SmallRye GraphQL would make the list itself required (smallrye-graphql#753).
        @Description("Accounts whose health is in any of these bands; NA for accounts without a score")
        List<HealthBandFilter> band) {

    /** Every account. */
    public static final AccountFilter ALL = new AccountFilter(null, null, null, null, null, null, null);

    /** The accounts of one CSM's book, or all accounts for null. */
    public static AccountFilter ofCsm(String csmId) {
        return new AccountFilter(null, null, csmId, null, null, null, null);
    }
}
