package dev.tandem.account.user.rest;

import dev.tandem.account.user.domain.EndUser;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import java.time.Instant;
import java.util.UUID;

/** An end user as the API shows it. */
public record UserResponse(
        UUID id,
        String externalId,
        String email,
        String name,
        UserRole role,
        Seat seat,
        Instant signedUpAt,
        UUID invitedBy,
        Instant lastSeenAt,
        Instant erasedAt) {

    static UserResponse of(EndUser u) {
        return new UserResponse(
                u.id,
                u.externalId,
                u.email,
                u.name,
                u.role,
                u.seat,
                u.signedUpAt,
                u.invitedBy,
                u.lastSeenAt,
                u.erasedAt);
    }
}
