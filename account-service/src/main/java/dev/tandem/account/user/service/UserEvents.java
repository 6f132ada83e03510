package dev.tandem.account.user.service;

import dev.tandem.account.user.domain.EndUser;
import dev.tandem.events.PreviousValues;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserUpdated;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The update event, naming in {@code previous} what differs from {@code before}, a {@link #fields} snapshot. */
    static UserUpdated updated(EndUser u, Map<String, Object> before) {
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
                u.updatedAt,
                PreviousValues.between(before, fields(u)));
    }

    /** The end user's event-visible fields by name, taken before a change so that its event can say what it was. */
    static Map<String, Object> fields(EndUser u) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("email", u.email);
        fields.put("name", u.name);
        fields.put("role", u.role);
        fields.put("seat", u.seat);
        fields.put("signedUpAt", u.signedUpAt);
        fields.put("invitedByUserId", u.invitedBy);
        return fields;
    }
}
