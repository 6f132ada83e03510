package dev.tandem.gateway.touchpoint;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A cs-admin's new kind of touchpoint; cta-service checks the key's shape and that it is new. */
@Input("TouchpointTypeInput")
@Description("A new kind of touchpoint: key in capitals, digits and underscores (e.g. WORKSHOP)")
public record TouchpointTypeInput(
        @NonNull String key, @NonNull String name, String description) {}
