package dev.tandem.account.user.rest;

import dev.tandem.account.user.service.UserUpsert;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import dev.tandem.platform.validation.ExternalId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code PUT /api/v1/accounts/{externalId}/users/{userId}}.
 *
 * @param role MEMBER when omitted
 * @param seat FREE when omitted: every end user is a customer, paying or not
 * @param invitedBy the vendor's id of the end user in the same account who invited this one
 */
public record UserRequest(
        @Email @Size(max = 320) String email,
        @Size(max = 200) String name,
        UserRole role,
        Seat seat,
        Instant signedUpAt,
        @ExternalId String invitedBy) {

    public UserUpsert toUpsert() {
        return new UserUpsert(
                email,
                name,
                role == null ? UserRole.MEMBER : role,
                seat == null ? Seat.FREE : seat,
                signedUpAt,
                invitedBy);
    }
}
