package dev.tandem.gateway.account;

import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/** An end user of an account; an erased user keeps counting but shows no personal data. */
@Name("User")
public record EndUser(
        @Id UUID id,
        String externalId,
        String email,
        String name,
        UserRole role,
        Seat seat,
        Instant signedUpAt,
        UUID invitedBy,
        Instant lastSeenAt,
        Instant erasedAt,

        // Not the service's: the gateway notes whose user it is, for the fields health-service keeps by account.
        @Ignore String accountExternalId) {

    /** The same user, noted as the account's (the vendor's id). */
    EndUser ofAccount(String externalId) {
        return new EndUser(
                id, this.externalId, email, name, role, seat, signedUpAt, invitedBy, lastSeenAt, erasedAt, externalId);
    }
}
