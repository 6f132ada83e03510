package dev.tandem.platform.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The team directory's client and cache (docs/team-directory.md); a service that reads no directory sets nothing. */
@ConfigMapping(prefix = "tandem.directory")
public interface DirectoryConfig {

    /** The realm whose people are read, as {@code https://<keycloak>/realms/<realm>}; by default the token issuer's. */
    Optional<String> realmUrl();

    /** The confidential client the directory reads Keycloak as. */
    @WithDefault("tandem-directory")
    String clientId();

    /** Its secret (production: TANDEM_DIRECTORY_CLIENT_SECRET); without one, the directory answers 503. */
    Optional<String> clientSecret();

    /** How long a read of the directory is served before it is refreshed. */
    @WithDefault("5m")
    Duration ttl();

    /** How long a read is still served while Keycloak cannot be reached. */
    @WithDefault("1h")
    Duration maxStale();

    /** How long Keycloak is left alone after a failed read. */
    @WithDefault("10s")
    Duration retryAfter();

    /** Connect and response timeout of each call to Keycloak. */
    @WithDefault("3s")
    Duration timeout();

    /** More members than this in the directory roles is refused as a misconfiguration rather than served. */
    @WithDefault("2000")
    int maxPeople();
}
