package dev.tandem.cta.rule.domain;

/** What a rule watches for. Every kind fires on an edge: the moment a condition becomes true, not while it holds. */
public enum TriggerKind {
    /** The health score moves into {@code band} from another band (or from no score). */
    BAND_ENTERED,
    /** The score falls by at least {@code points} below its highest value of the last {@code days} days. */
    SCORE_DROPPED,
    /** Paid users reach {@code percent} (default 90) of the contracted seats: room to expand. */
    SEATS_NEARLY_USED,
    /**
     * Distinct active users of the last complete week are at least {@code percent} below the week before, where the
     * week before had not dropped that much itself; checked by the weekly-activity scheduler.
     */
    ACTIVE_USERS_DROPPED,
    /** A contract's renewal date comes within {@code days} days; checked by the renewal scheduler. */
    RENEWAL_APPROACHING,
    /**
     * The onboarding period's due date passed without success, failure or extension being announced; checked by the
     * onboarding scheduler, once per enrollment and due date.
     */
    ONBOARDING_OVERDUE,
    /** The onboarding period ended without success and the account proceeds as failed. */
    ONBOARDING_FAILED,
    /** The onboarding period got its one extension. */
    ONBOARDING_EXTENDED,
    /**
     * The account met its onboarding program's definition of success within the (possibly extended) period: the moment
     * to ask how it went, now or, with a SEND_SURVEY action's {@code delayDays}, some days later.
     */
    ONBOARDING_SUCCEEDED,
    /** The product-qualified score rises to {@code threshold} or above: a free account to hand to sales. */
    PQL_CROSSED,
    /** A signal matches the {@code signal} filter: an urgent ticket, an NPS detractor, a cancelled add-on. */
    SIGNAL_MATCHED,
    /** The account enters lifecycle {@code stage}. */
    STAGE_ENTERED,
    /** The account enters touch model {@code touchModel}. */
    SEGMENT_ENTERED,
    /**
     * An objective of the account's success plan falls behind: at risk or missed where it was on track (or new). The
     * platform follows the condition: its CTA resolves once no objective of the account is behind any more.
     */
    OBJECTIVE_AT_RISK,
    /**
     * No touchpoint with a decision maker (or executive sponsor) for {@code days} days, or none on record; checked by
     * its scheduler and after every change to the account's touchpoints. Limit it to high-touch accounts by the
     * rule's scope.
     */
    NO_DECISION_MAKER_CONTACT;

    /** Whether the kind judges the health score, which only paying customers are worked on. */
    public boolean judgesHealth() {
        return this == BAND_ENTERED || this == SCORE_DROPPED;
    }
}
