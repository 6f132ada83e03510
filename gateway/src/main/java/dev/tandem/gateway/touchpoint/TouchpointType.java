package dev.tandem.gateway.touchpoint;

import org.eclipse.microprofile.graphql.Description;

/** A kind of touchpoint, built in or added by a cs-admin. */
@Description("A kind of touchpoint: CALL, MEETING, QBR, EMAIL, NOTE, ONSITE, or one a cs-admin added")
public record TouchpointType(String key, String name, String description, boolean builtIn) {}
