package dev.tandem.gateway.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The GraphQL explorer (GraphiQL at {@code /q/graphql-ui}): built into every gateway, served only where this is on —
 * the local stack turns it on together with introspection; production leaves both off.
 */
@ConfigMapping(prefix = "tandem.explorer")
public interface ExplorerConfig {

    @WithDefault("false")
    boolean enabled();
}
