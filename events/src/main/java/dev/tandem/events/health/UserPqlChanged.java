package dev.tandem.events.health;

import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emitted when an end user's product-qualified score changes; {@code qualified} says whether the user now counts as a
 * PQL. A type of its own rather than {@link PqlChanged} with a user id: consumers of account PQL changes (rules that
 * fire when an account crosses its threshold) must not mistake one user's seriousness for their account's.
 *
 * <p>{@code userExternalId} is the vendor's id of the user, as signals name them; the key is the Tandem account id,
 * so a user's changes stay in order with their account's other events.
 */
public record UserPqlChanged(
        UUID accountId, String userExternalId, Integer previousScore, int score, boolean qualified, Instant computedAt)
        implements TandemEvent {

    public static final String TYPE = "dev.tandem.health.user-pql-changed.v1";

    public UserPqlChanged {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userExternalId, "userExternalId");
    }

    @Override
    public String subject() {
        return accountId.toString();
    }
}
