package dev.tandem.gateway.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the console's browser signs in. The same static files serve the local stack and a cluster: they read this from
 * {@code /console/config.json} instead of having it built in.
 */
@ConfigMapping(prefix = "tandem.console")
public interface ConsoleConfig {

    /**
     * Keycloak's address as the browser reaches it (scheme, host and port, no path), e.g.
     * {@code https://auth.tandem.example.com}; also the one origin besides the gateway the console may connect to.
     */
    String keycloakUrl();

    @WithDefault("tandem")
    String realm();

    /** The realm's public PKCE client for frontends. */
    @WithDefault("tandem-console")
    String clientId();
}
