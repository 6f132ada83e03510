package dev.tandem.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns the request's security identity into the {@link Caller} the services reason about. */
public final class Callers {

    /** Keycloak names the service account of a client-credentials client like this. */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private Callers() {}

    public static Caller of(SecurityIdentity identity) {
        String subject = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
        return new Caller(subject, identity.hasRole(Roles.CS_ADMIN), subject.startsWith(SERVICE_ACCOUNT_PREFIX));
    }
}
