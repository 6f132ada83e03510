package dev.tandem.gateway.team;

import org.eclipse.microprofile.graphql.Description;

@Description("A role that puts a person in the team directory.")
public enum CsmRole {
    CSM("csm"),
    CS_ADMIN("cs-admin");

    private final String realmRole;

    CsmRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The realm role's name, as cta-service takes it. */
    String realmRole() {
        return realmRole;
    }
}
