package dev.tandem.cta.cta.domain;

import dev.tandem.cta.account.domain.AccountFacts;

/** A CTA in a CSM's cockpit, with the account facts that ranked it and its urgency. */
public record QueueItem(Cta cta, AccountFacts account, double urgency) {}
