package dev.tandem.cta.cta.domain;

import dev.tandem.events.cta.CtaSource;
import java.util.List;
import java.util.UUID;

/**
 * What a CTA list is narrowed to; null parts do not narrow.
 *
 * @param accountIds the CTAs of any of these accounts; empty for all accounts
 */
public record CtaFilter(
        List<UUID> accountIds, String ownerId, CtaStatus status, String type, CtaSource source, String queue) {

    public CtaFilter {
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    }
}
