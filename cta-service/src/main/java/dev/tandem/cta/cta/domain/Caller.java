package dev.tandem.cta.cta.domain;

/**
 * Who asks: the token's subject, and whether they are a cs-admin (who may change any CTA) or an API client (whose CTAs
 * are recorded with source API).
 */
public record Caller(String subject, boolean admin, boolean client) {}
