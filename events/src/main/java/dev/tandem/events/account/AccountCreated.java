package dev.tandem.events.account;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when an account is first created, by an integrator's upsert, a bulk import or the API.
 *
 * <p>Carries the full account state so a consumer can build its projection from this event alone. {@code plan} is
 * {@code FREE}, {@code TRIAL} or the name of a paid plan; {@code csmId} is a Keycloak user id.
 */
public record AccountCreated(
        UUID accountId,
        String externalId,
        String name,
        String industry,
        String employeeBand,
        UUID parentAccountId,
        BillingModel billingModel,
        String plan,
        LifecycleStage stage,
        TouchModel touchModel,
        boolean community,
        String csmId,
        YearMonth cohort,
        Instant occurredAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.account.created.v1";

    public AccountCreated {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(externalId, "externalId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
