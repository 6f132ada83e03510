package dev.tandem.health.pql.domain;

import java.util.Objects;

/** An end user as signals name them: the vendor's account id and the vendor's user id within it. */
public record EndUser(String account, String user) {

    public EndUser {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(user, "user");
    }
}
