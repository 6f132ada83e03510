package dev.tandem.cta.timeline.domain;

import java.util.UUID;

/** Whose touchpoints a search runs over: one account's, or those of all the accounts one CSM owns (their book). */
public sealed interface SearchScope {

    record Account(UUID accountId) implements SearchScope {}

    record Book(String csmId) implements SearchScope {}
}
