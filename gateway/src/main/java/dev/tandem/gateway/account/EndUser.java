package dev.tandem.gateway.account;

import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
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
        Instant erasedAt) {}
