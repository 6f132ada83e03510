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
        return new Caller(subject, identity.hasRole(Roles.CS_ADMIN), isServiceAccount(identity, subject));
    }

    /**
     * Keycloak's tokens of a service account carry the account's user id as subject and its name, {@code
     * service-account-<client>}, as {@code preferred_username}, which the principal's name is.
     */
    private static boolean isServiceAccount(SecurityIdentity identity, String subject) {
        String name = identity.getPrincipal().getName();
        return subject.startsWith(SERVICE_ACCOUNT_PREFIX) || (name != null && name.startsWith(SERVICE_ACCOUNT_PREFIX));
    }
}
