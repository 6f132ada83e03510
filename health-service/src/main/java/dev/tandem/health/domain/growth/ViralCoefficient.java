package dev.tandem.health.domain.growth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * K = invites sent per user x invite conversion rate. Multiplied, not divided: 2.2 invites per user at 27 % conversion
 * gives K = 0.594, shown as 0.59. K above 1 means each user brings in more than one new user.
 */
public final class ViralCoefficient {

    private static final int SHOWN_DECIMALS = 2;

    private ViralCoefficient() {}

    /** K from the two rates, shown to two decimals (half up). */
    public static BigDecimal of(BigDecimal invitesPerUser, BigDecimal conversionRate) {
        if (invitesPerUser.signum() < 0
                || conversionRate.signum() < 0
                || conversionRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Invites per user must be >= 0 and the conversion rate within 0-1");
        }
        return invitesPerUser.multiply(conversionRate).setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    /** K from a window's counts: invites sent and accepted by its active users. Zero when there were no users. */
    public static BigDecimal ofCounts(long users, long invitesSent, long invitesAccepted) {
        if (users < 0 || invitesSent < 0 || invitesAccepted < 0 || invitesAccepted > invitesSent) {
            throw new IllegalArgumentException("Counts must be >= 0 and acceptances cannot exceed invites");
        }
        if (users == 0 || invitesSent == 0) {
            return BigDecimal.ZERO.setScale(SHOWN_DECIMALS);
        }
        BigDecimal perUser = BigDecimal.valueOf(invitesSent).divide(BigDecimal.valueOf(users), MathContext.DECIMAL64);
        BigDecimal conversion =
                BigDecimal.valueOf(invitesAccepted).divide(BigDecimal.valueOf(invitesSent), MathContext.DECIMAL64);
        return of(perUser, conversion);
    }
}
