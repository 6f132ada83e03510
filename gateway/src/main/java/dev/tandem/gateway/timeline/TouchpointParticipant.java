package dev.tandem.gateway.timeline;

import dev.tandem.events.account.UserRole;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

/** An end user of the account who took part in a touchpoint, as cta-service knows them from account.events. */
@Description("An end user who took part in a touchpoint; name null once the user was erased")
public record TouchpointParticipant(UUID userId, String name, UserRole role) {}
