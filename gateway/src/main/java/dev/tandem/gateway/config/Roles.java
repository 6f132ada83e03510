package dev.tandem.gateway.config;

/** The realm roles of the {@code tandem} Keycloak realm, as the gateway checks them on GraphQL fields. */
public final class Roles {

    public static final String CS_ADMIN = "cs-admin";
    public static final String CSM = "csm";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATOR = "integrator";

    private Roles() {}
}
