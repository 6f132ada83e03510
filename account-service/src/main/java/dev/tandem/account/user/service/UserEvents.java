package dev.tandem.account.user.service;

import dev.tandem.account.user.domain.EndUser;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserUpdated;

/** Builds the state-carrying events that tell other services who an end user now is. */
final class UserEvents {

    private UserEvents() {}

    static UserCreated created(EndUser u) {
        return new UserCreated(
                u.id,
                u.accountId,
                u.externalId,
                u.email,
                u.name,
                u.role,
                u.seat,
                u.signedUpAt,
                u.invitedBy,
                u.updatedAt);
    }

    static UserUpdated updated(EndUser u) {
        return new UserUpdated(
                u.id,
                u.accountId,
                u.externalId,
                u.email,
                u.name,
                u.role,
                u.seat,
                u.signedUpAt,
                u.invitedBy,
                u.updatedAt);
    }
}
