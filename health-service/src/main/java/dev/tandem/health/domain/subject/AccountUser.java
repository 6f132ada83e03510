package dev.tandem.health.domain.subject;

import java.util.Objects;

/**
 * An end user as signals name them: the vendor's account id and the vendor's user id within it. Users are scored (their
 * PQL) by these ids, which signals carry before account-service has announced anyone.
 */
public record AccountUser(String account, String user) {

    public AccountUser {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(user, "user");
    }
}
