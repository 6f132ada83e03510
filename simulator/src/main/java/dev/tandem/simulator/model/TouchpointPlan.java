package dev.tandem.simulator.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the demo CSMs record of their contact with an account over the simulated days: for high touch a call every
 * two weeks and a QBR a quarter, for low touch an e-mail a month. The decision maker takes part in QBRs and now and
 * then in calls and e-mails; the sentiment follows the account's hidden state, as a CSM would sense it. Deterministic by
 * seed, account and day, like the rest of the model.
 */
public final class TouchpointPlan {

    /** Stream offset, so the touchpoints' draws are independent of the account's product use on the same day. */
    private static final long STREAM = 0x70C4_0000L;

    private static final int QUARTER = 91;

    private TouchpointPlan() {}

    /** One touchpoint to record. */
    public record Touchpoint(
            String externalId,
            String type,
            LocalDate day,
            String subject,
            String body,
            List<String> participants,
            String sentiment) {

        /** Mid-afternoon UTC of its day, so that a rerun on the same day sends the same content. */
        public java.time.Instant occurredAt() {
            return day.atTime(14, 0).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * @param highTouch high touch (else low touch)
     * @param decisionMakers the account's decision makers' user ids; {@code others} the rest of its users
     */
    public static List<Touchpoint> of(
            long seed,
            String accountId,
            HiddenState state,
            boolean highTouch,
            List<String> decisionMakers,
            List<String> others,
            LocalDate today,
            int days) {
        List<Touchpoint> planned = new ArrayList<>();
        long account = accountId.hashCode();
        SplittableRandom start = Randoms.of(seed, account, STREAM);
        int every = highTouch ? 14 : 30;
        for (int ago = 1 + start.nextInt(every); ago <= days; ago += every) {
            planned.add(touchpoint(
                    seed, accountId, state, highTouch ? "CALL" : "EMAIL", decisionMakers, others, today, ago));
        }
        if (highTouch) {
            for (int ago = 1 + start.nextInt(QUARTER); ago <= days; ago += QUARTER) {
                planned.add(touchpoint(seed, accountId, state, "QBR", decisionMakers, others, today, ago));
            }
        }
        return planned;
    }

    private static Touchpoint touchpoint(
            long seed,
            String accountId,
            HiddenState state,
            String type,
            List<String> decisionMakers,
            List<String> others,
            LocalDate today,
            int ago) {
        SplittableRandom random = Randoms.of(seed, accountId.hashCode(), STREAM + ago * 4L + type.length());
        double withDecisionMaker = switch (type) {
            case "QBR" -> 0.9;
            case "CALL" -> 0.3;
            default -> 0.1;
        };
        List<String> participants = new ArrayList<>();
        if (!decisionMakers.isEmpty() && Randoms.chance(random, withDecisionMaker)) {
            participants.add(decisionMakers.get(random.nextInt(decisionMakers.size())));
        }
        if (!others.isEmpty()) {
            participants.add(others.get(random.nextInt(others.size())));
        }
        String sentiment = sentiment(state, random);
        LocalDate day = today.minusDays(ago);
        return new Touchpoint(
                accountId + "-" + type.toLowerCase() + "-" + day,
                type,
                day,
                subject(type, sentiment),
                body(type, sentiment),
                participants,
                sentiment);
    }

    /** Happy accounts sound happy most of the time; accounts on their way out mostly do not. */
    static String sentiment(HiddenState state, SplittableRandom random) {
        double[] positiveNeutral = switch (state) {
            case HEALTHY, EXPANDING -> new double[] {0.65, 0.30};
            case DECLINING -> new double[] {0.20, 0.50};
            case CHURN_BOUND -> new double[] {0.10, 0.35};
            case STALLED_ONBOARDING -> new double[] {0.15, 0.55};
        };
        double draw = random.nextDouble();
        return draw < positiveNeutral[0]
                ? "POSITIVE"
                : draw < positiveNeutral[0] + positiveNeutral[1] ? "NEUTRAL" : "NEGATIVE";
    }

    private static String subject(String type, String sentiment) {
        return switch (type) {
            case "QBR" -> "Quarterly business review";
            case "CALL" -> "NEGATIVE".equals(sentiment) ? "Call about open issues" : "Regular check-in call";
            default -> "NEGATIVE".equals(sentiment) ? "Re: problems with the reports" : "Tips for your next steps";
        };
    }

    private static String body(String type, String sentiment) {
        String mood = switch (sentiment) {
            case "POSITIVE" -> "The team is happy with the dashboards and wants to roll them out to more people.";
            case "NEUTRAL" -> "Usage is steady; we agreed to look at alerts together next time.";
            default -> "They struggle with data connections and question the value; follow up on the open tickets.";
        };
        return switch (type) {
            case "QBR" -> "## Review\n\n" + mood + "\n\n## Next quarter\n\n- goals confirmed\n- ROI figures to share";
            case "CALL" -> mood;
            default -> "Sent an e-mail with the latest guides. " + mood;
        };
    }
}
