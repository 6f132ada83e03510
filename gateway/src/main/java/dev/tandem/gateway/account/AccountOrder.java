package dev.tandem.gateway.account;

import java.util.Locale;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The order of an account list, applied by account-service over all matching accounts (not within a page), so that
 * cursors page through it.
 */
@Input("AccountOrder")
@Description("The order of an account list. Accounts without a score or a renewal come last in either direction; ties"
        + " keep a fixed order, so pages never skip or repeat an account.")
public record AccountOrder(
        @NonNull AccountSortField field,
        @DefaultValue("ASC") @Description("ASC unless told") SortDirection direction) {

    @Enum("AccountSortField")
    public enum AccountSortField {
        @Description("Case-insensitive")
        NAME,
        @Description("The health score")
        SCORE,
        ARR,
        @Description("The next renewal date")
        RENEWAL
    }

    @Enum("SortDirection")
    public enum SortDirection {
        ASC,
        DESC
    }

    /** The {@code sort} and {@code direction} parameters of account-service's list. */
    String sortParameter() {
        return field.name().toLowerCase(Locale.ROOT);
    }

    String directionParameter() {
        return direction == SortDirection.DESC ? "desc" : "asc";
    }
}
