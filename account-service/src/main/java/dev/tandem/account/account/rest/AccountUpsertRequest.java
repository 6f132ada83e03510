package dev.tandem.account.account.rest;

import dev.tandem.account.account.domain.AccountDetails;
import dev.tandem.events.account.BillingModel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code PUT /api/v1/accounts/{externalId}}.
 *
 * @param billingModel SUBSCRIPTION when omitted
 * @param plan FREE, TRIAL or the name of a paid plan; FREE when omitted
 * @param signedUpAt when the customer signed up, for accounts older than their first PUT; now when omitted; not in
 *     the future; read when the account is created, left alone afterwards
 */
public record AccountUpsertRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String industry,
        @Size(max = 50) String employeeBand,
        BillingModel billingModel,

        @Size(min = 1, max = 100) @Pattern(regexp = "\\S.*", message = "must not start with a blank")
        String plan,

        @PastOrPresent(message = "must not be in the future")
        Instant signedUpAt) {

    public AccountDetails toDetails() {
        return new AccountDetails(
                name.strip(),
                industry,
                employeeBand,
                billingModel == null ? BillingModel.SUBSCRIPTION : billingModel,
                plan == null ? AccountDetails.FREE_PLAN : plan,
                signedUpAt);
    }
}
