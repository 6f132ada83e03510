package dev.tandem.cta.timeline.domain;

import java.util.UUID;

/**
 * An end user who took part in a touchpoint, as the projection of account.events knows them.
 *
 * @param role the part they play at the account (UserRole's name), null when unknown
 */
public record Participant(UUID userId, String name, String email, String role) {}
