package dev.tandem.account.user.service;

import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import java.time.Instant;

/**
 * An integrator's statement about an end user.
 *
 * @param signedUpAt null keeps the stored value, or takes the time of creation for a new user
 * @param invitedBy the vendor's id of the inviting end user in the same account, or null
 */
public record UserUpsert(String email, String name, UserRole role, Seat seat, Instant signedUpAt, String invitedBy) {}
