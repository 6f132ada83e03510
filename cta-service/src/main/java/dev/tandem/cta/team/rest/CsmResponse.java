package dev.tandem.cta.team.rest;

import dev.tandem.platform.directory.Person;
import java.util.List;

/**
 * A person of the team directory as the API shows them.
 *
 * @param id the Keycloak subject id: what {@code ownerId} of a CTA and {@code csmId} of an account hold
 */
public record CsmResponse(String id, String username, String name, String email, List<String> roles) {

    static CsmResponse of(Person p) {
        return new CsmResponse(
                p.id(),
                p.username(),
                p.name(),
                p.email(),
                p.roles().stream().sorted().toList());
    }
}
