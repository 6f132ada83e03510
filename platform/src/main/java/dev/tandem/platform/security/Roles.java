package dev.tandem.platform.security;

/**
 * The realm roles of the {@code tandem} Keycloak realm (docs/architecture.md, Security). Tokens carry them in
 * {@code realm_access.roles}.
 */
public final class Roles {

    /** Configures scorecards, rules, programs and content. */
    public static final String CS_ADMIN = "cs-admin";

    /** Works accounts and CTAs. */
    public static final String CSM = "csm";

    /** Reads, changes nothing. */
    public static final String VIEWER = "viewer";

    /** A client-credentials client: writes accounts, users, contracts and signals; reads no scores or CTAs. */
    public static final String INTEGRATOR = "integrator";

    private Roles() {}
}
