package dev.tandem.account.user.domain;

import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What an integrator states about an end user in an upsert; the inviter already resolved to its Tandem id. */
public record UserProfile(String email, String name, UserRole role, Seat seat, Instant signedUpAt, UUID invitedBy) {

    public boolean matches(EndUser user) {
        return Objects.equals(email, user.email)
                && Objects.equals(name, user.name)
                && role == user.role
                && seat == user.seat
                && Objects.equals(signedUpAt, user.signedUpAt)
                && Objects.equals(invitedBy, user.invitedBy);
    }

    public void applyTo(EndUser user) {
        user.email = email;
        user.name = name;
        user.role = role;
        user.seat = seat;
        user.signedUpAt = signedUpAt;
        user.invitedBy = invitedBy;
    }
}
