package dev.tandem.cta.rule.domain;

import dev.tandem.events.health.HealthBand;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Whether the platform resolves an open CTA a rule opened because the condition behind it has cleared: a CTA nobody
 * needs to act on any more should not sit in a cockpit until someone tidies it away.
 *
 * <p>A condition counts as cleared only when the account is known to be out of it: an N/A score (no data, churned)
 * says nothing, so it keeps the CTA open. It must stay cleared for the rule's period ({@link
 * RuleDefinition#resolveAfter()}, 7 days unless set; 0 never resolves), so an account wobbling on a band's edge does
 * not get its CTA closed and reopened day after day. A CTA a person took ("I'm on it") is theirs to close.
 *
 * <p>Conditions the platform can judge: {@link TriggerKind#BAND_ENTERED} (the account's band and since when it has been
 * in it), and those {@link Conditions} follows (PQL crossed, seats nearly used: since when the condition has not held).
 * Other kinds keep their CTAs until a person closes them.
 */
public final class Resolution {

    private Resolution() {}

    /** What the platform knows of the account's health now: its band (null: N/A) and since when it has been in it. */
    public record BandState(HealthBand band, Instant since) {}

    /**
     * @param taken whether a person took the CTA
     * @return the reason to record and announce when the CTA is to be resolved now; empty to leave it open
     */
    public static Optional<String> reason(RuleDefinition rule, boolean taken, BandState account, Instant now) {
        int days = rule.resolveAfter();
        if (taken || days == 0 || rule.trigger() == null || rule.trigger().kind() != TriggerKind.BAND_ENTERED) {
            return Optional.empty();
        }
        HealthBand band = rule.trigger().band();
        if (account == null || account.band() == null || account.band() == band || account.since() == null) {
            return Optional.empty();
        }
        if (account.since().plus(Duration.ofDays(days)).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of("Resolved by Tandem: out of %s since %s (%s now), %d days as the rule \"%s\" sets"
                .formatted(
                        band, account.since().atZone(ZoneOffset.UTC).toLocalDate(), account.band(), days, rule.name()));
    }

    /**
     * For the conditions the platform follows after a rule fired ({@link Conditions}).
     *
     * @param clearedSince since when the condition has not held; null while it holds
     * @return the reason to record and announce when the CTA is to be resolved now; empty to leave it open
     */
    public static Optional<String> clearedReason(
            RuleDefinition rule, boolean taken, Instant clearedSince, Instant now) {
        int days = rule.resolveAfter();
        if (taken
                || days == 0
                || rule.trigger() == null
                || !Conditions.followed(rule.trigger().kind())
                || clearedSince == null) {
            return Optional.empty();
        }
        int wait = Conditions.clearsAtOnce(rule.trigger().kind()) ? 0 : days;
        if (clearedSince.plus(Duration.ofDays(wait)).isAfter(now)) {
            return Optional.empty();
        }
        if (wait == 0) {
            return Optional.of("Resolved by Tandem: no longer %s since %s (rule \"%s\")"
                    .formatted(
                            Conditions.describe(rule.trigger()),
                            clearedSince.atZone(ZoneOffset.UTC).toLocalDate(),
                            rule.name()));
        }
        return Optional.of("Resolved by Tandem: no longer %s since %s, %d days as the rule \"%s\" sets"
                .formatted(
                        Conditions.describe(rule.trigger()),
                        clearedSince.atZone(ZoneOffset.UTC).toLocalDate(),
                        days,
                        rule.name()));
    }
}
