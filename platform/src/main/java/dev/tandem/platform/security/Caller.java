package dev.tandem.platform.security;

/**
 * Who asks, as the services reason about it for object-level checks: the token's subject (a Keycloak user id, the
 * same id accounts name as their CSM and CTAs as their owner), whether they are a cs-admin (who may change anything),
 * and whether they are an API client rather than a person.
 */
public record Caller(String subject, boolean admin, boolean client) {}
