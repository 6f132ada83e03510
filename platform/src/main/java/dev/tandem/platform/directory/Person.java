package dev.tandem.platform.directory;

import java.util.Set;

/**
 * A person of the team directory: someone holding the {@code csm} or {@code cs-admin} realm role.
 *
 * @param id the Keycloak subject id, which is what tokens carry as {@code sub} and accounts keep as {@code csmId}
 * @param username the name they sign in with (Keycloak keeps it in lower case)
 * @param name first and last name, or the user name when Keycloak has neither
 * @param email null when Keycloak has none
 * @param roles which of the directory's roles they hold
 */
public record Person(String id, String username, String name, String email, Set<String> roles) {

    public Person {
        roles = Set.copyOf(roles);
    }
}
