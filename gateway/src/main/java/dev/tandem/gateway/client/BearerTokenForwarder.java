package dev.tandem.gateway.client;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the caller's own bearer token with every call to a service, so that each service checks the caller's roles
 * and objects itself (a CSM changes only their own CTAs) rather than trusting the gateway.
 */
@ApplicationScoped
public class BearerTokenForwarder implements ClientRequestFilter {

    private final SecurityIdentity identity;

    public BearerTokenForwarder(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ClientRequestContext request) {
        TokenCredential token = identity.getCredential(TokenCredential.class);
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        }
    }
}
