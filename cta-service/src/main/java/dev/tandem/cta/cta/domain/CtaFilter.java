package dev.tandem.cta.cta.domain;

import dev.tandem.events.cta.CtaSource;
import java.util.UUID;

/** What a CTA list is narrowed to; null parts do not narrow. */
public record CtaFilter(UUID accountId, String ownerId, CtaStatus status, String type, CtaSource source) {}
