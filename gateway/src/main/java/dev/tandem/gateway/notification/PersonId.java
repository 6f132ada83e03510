package dev.tandem.gateway.notification;

import dev.tandem.gateway.error.InvalidInput;
import io.smallrye.mutiny.Uni;

/**
 * A person's user id as it goes into cta-service's path: checked here, as an empty one would make another path and
 * come back NOT_FOUND rather than naming the argument.
 */
final class PersonId {

    private static final int MAX = 100;

    private PersonId() {}

    static Uni<String> checked(String person) {
        if (person.isBlank() || person.length() > MAX || person.chars().anyMatch(Character::isISOControl)) {
            return Uni.createFrom()
                    .failure(new InvalidInput("person: must be a user id of 1 to " + MAX + " characters"));
        }
        return Uni.createFrom().item(person);
    }
}
