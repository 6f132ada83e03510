package dev.tandem.health.domain.metric;

import dev.tandem.events.signal.SignalType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The metric catalogue: every metric a scorecard measure may name, the signals that feed it and how it is read over a
 * window. The aggregates are written from it (a {@link Reading#DAILY_COUNT} is a daily counter of its own, under its
 * key), read from it, and scorecards are validated against it, so a new metric is added here once.
 */
public enum Metric {
    LOGINS(Reading.DAILY_COUNT, "logins", SignalType.LOGIN),
    FEATURE_USES(Reading.DAILY_COUNT, "feature uses", SignalType.FEATURE_USED),
    SEATS_ACTIVATED(Reading.DAILY_COUNT, "seat activations", SignalType.SEAT_ACTIVATED),
    SETUP_STEPS(Reading.DAILY_COUNT, "setup steps", SignalType.SETUP_STEP_COMPLETED),
    INVITES_SENT(Reading.DAILY_COUNT, "invites", SignalType.INVITE_SENT),
    INVITES_ACCEPTED(Reading.DAILY_COUNT, "accepted invites", SignalType.INVITE_ACCEPTED),
    EMAILS_OPENED(Reading.DAILY_COUNT, "email opens", SignalType.EMAIL_OPENED),
    EMAILS_CLICKED(Reading.DAILY_COUNT, "email clicks", SignalType.EMAIL_CLICKED),
    TICKETS_OPENED(Reading.DAILY_COUNT, "support tickets", SignalType.TICKET_OPENED),
    TICKETS_CLOSED(Reading.DAILY_COUNT, "closed support tickets", SignalType.TICKET_CLOSED),
    EVENTS_ATTENDED(Reading.DAILY_COUNT, "event attendances", SignalType.EVENT_ATTENDED),
    COMMUNITY_POSTS(Reading.DAILY_COUNT, "community posts", SignalType.COMMUNITY_POST),
    CONTENT_VIEWS(Reading.DAILY_COUNT, "content views", SignalType.CONTENT_VIEWED),
    WEBSITE_VISITS(Reading.DAILY_COUNT, "website visits", SignalType.WEBSITE_VISIT),
    ROI_REPORTS(Reading.DAILY_COUNT, "ROI reports", SignalType.ROI_REPORTED),
    /** The emails the vendor sent: no signal type says so, so a {@code custom} signal named {@value #EMAIL_SENT}. */
    EMAILS_SENT(Reading.DAILY_COUNT, "emails sent", SignalType.CUSTOM),
    /** Days with product use in the window. */
    ACTIVE_DAYS(Reading.DAILY_FIGURE, "product use", Sources.PRODUCT_USE, true),
    /** Emails opened per email sent in the window; no value, not 0, when nothing was sent. */
    EMAIL_OPEN_RATE(
            Reading.DAILY_FIGURE,
            "emails sent or opened",
            EnumSet.of(SignalType.EMAIL_OPENED, SignalType.CUSTOM),
            true),
    /** Features used at least once in the window; not counted per end user. */
    DISTINCT_FEATURES(Reading.OWN_READ, "feature uses", EnumSet.of(SignalType.FEATURE_USED), false),
    /** The average NPS answer in the window; no value, not 0, without answers. */
    NPS_AVERAGE(Reading.OWN_READ, "NPS answers", EnumSet.of(SignalType.NPS_RESPONSE), true),
    /** Users active in the window per contracted seat: an account's figure, meaningless for one person. */
    SEAT_UTILISATION(Reading.OWN_READ, "product use", Sources.PRODUCT_USE, false),
    /**
     * Days since the account's last touchpoint, at most the window: a touchpoint older than the window counts as the
     * window's length. No value until a touchpoint is recorded for the account.
     */
    DAYS_SINCE_TOUCHPOINT(Reading.OWN_READ),
    /**
     * Days since the last touchpoint a decision maker or an executive sponsor of the account took part in, at most the
     * window: an account with touchpoints but none with them counts the window's length ("knows the decision maker").
     */
    DAYS_SINCE_DECISION_MAKER_TOUCHPOINT(Reading.OWN_READ),
    /** Touchpoints in the window. */
    TOUCHPOINTS(Reading.OWN_READ),
    /** Of the touchpoints in the window whose author judged the customer's sentiment, the share judged negative. */
    NEGATIVE_TOUCHPOINT_SHARE(Reading.OWN_READ);

    /** How a metric's value over a window is read from the aggregates. */
    public enum Reading {
        /** A daily counter, summed over the window's days. */
        DAILY_COUNT,
        /** Another figure of the daily counters, read in the same pass over the window's days as the counts. */
        DAILY_FIGURE,
        /** A read of its own (other tables). */
        OWN_READ
    }

    /**
     * The source of the touchpoint metrics: CSMs' and integrators' touchpoints from cta.events, not signals. It is
     * connected from an account's first touchpoint on and stays so: silence is what these metrics measure.
     */
    public static final String TOUCHPOINT_SOURCE = "touchpoint";

    /** The name of the {@code custom} signal that says the vendor sent an email to one of the account's users. */
    public static final String EMAIL_SENT = "email_sent";

    /** Signals that show someone using the product, as opposed to engagement around it (emails, tickets, events). */
    public static final Set<SignalType> PRODUCT_USE = Set.copyOf(Sources.PRODUCT_USE);

    private static final Map<String, Metric> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Metric::key, Function.identity()));

    private static final List<Metric> DAILY_COUNTS = Arrays.stream(values())
            .filter(metric -> metric.reading == Reading.DAILY_COUNT)
            .toList();

    /** The signal types that feed some metric. */
    private static final Set<SignalType> FEEDING =
            Arrays.stream(values()).flatMap(metric -> metric.sources.stream()).collect(Collectors.toUnmodifiableSet());

    /** The daily count each signal type adds to; a custom signal's is told by its name. */
    private static final Map<SignalType, Metric> COUNTED_AS = DAILY_COUNTS.stream()
            .filter(metric -> metric != EMAILS_SENT)
            .collect(Collectors.toUnmodifiableMap(
                    metric -> metric.sources.iterator().next(), Function.identity()));

    private final Reading reading;
    private final String fedBy;
    private final Set<SignalType> sources;
    private final boolean perUser;
    private final boolean fedByTouchpoints;
    /** Worked out once: scoring asks for them for every measure of every account scored. */
    private final String key;

    private final Set<String> sourceNames;

    /** A touchpoint metric: an account's figure, fed by touchpoints rather than signals. */
    Metric(Reading reading) {
        this(reading, "touchpoints", EnumSet.noneOf(SignalType.class), false, true);
    }

    Metric(Reading reading, String fedBy, SignalType source) {
        this(reading, fedBy, EnumSet.of(source), true);
    }

    Metric(Reading reading, String fedBy, Set<SignalType> sources, boolean perUser) {
        this(reading, fedBy, sources, perUser, false);
    }

    private Metric(Reading reading, String fedBy, Set<SignalType> sources, boolean perUser, boolean fedByTouchpoints) {
        this.fedByTouchpoints = fedByTouchpoints;
        this.reading = reading;
        this.fedBy = fedBy;
        this.sources = Set.copyOf(sources);
        this.perUser = perUser;
        this.key = name().toLowerCase(java.util.Locale.ROOT);
        this.sourceNames = fedByTouchpoints
                ? Set.of(TOUCHPOINT_SOURCE)
                : this.sources.stream().map(Metric::sourceName).collect(Collectors.toUnmodifiableSet());
    }

    /** The name a scorecard measure uses, e.g. {@code feature_uses}; a daily count's column has the same name. */
    public String key() {
        return key;
    }

    public Reading reading() {
        return reading;
    }

    /** Whether it is read with the daily counts, in one pass over the window's days. */
    public boolean isDailyFigure() {
        return reading != Reading.OWN_READ;
    }

    /** The signal types that feed it: an account that sent none of them has no source for it. */
    public Set<SignalType> sources() {
        return sources;
    }

    /**
     * The names of the sources that feed it, as {@code signal_source} keeps them: a signal type's wire name, or
     * {@value #EMAIL_SENT} for the custom signal that says an email was sent.
     */
    public Set<String> sourceNames() {
        return sourceNames;
    }

    /** The name of the source a signal of {@code type} named {@code name} is, or null when it feeds no metric. */
    public static String sourceOf(SignalType type, String name) {
        if (type == SignalType.CUSTOM) {
            return EMAIL_SENT.equals(name) ? EMAIL_SENT : null;
        }
        return FEEDING.contains(type) ? type.wireName() : null;
    }

    private static String sourceName(SignalType type) {
        return type == SignalType.CUSTOM ? EMAIL_SENT : type.wireName();
    }

    /**
     * Whether no data in a window, while its source is connected, is a real 0 (an account that stopped logging in has
     * no logins) rather than no value (no NPS answers make no average).
     */
    public boolean zeroWhenEmpty() {
        return switch (this) {
            case EMAIL_OPEN_RATE,
                    NPS_AVERAGE,
                    SEAT_UTILISATION,
                    DAYS_SINCE_TOUCHPOINT,
                    DAYS_SINCE_DECISION_MAKER_TOUCHPOINT,
                    NEGATIVE_TOUCHPOINT_SHARE -> false;
            default -> true;
        };
    }

    /** Whether touchpoints feed it rather than signals. */
    public boolean isTouchpointMetric() {
        return fedByTouchpoints;
    }

    /** Why an account has no value when none of the metric's sources sent anything: "no ROI reports received". */
    public String notConnected() {
        return isTouchpointMetric() ? "no touchpoints recorded" : "no " + fedBy + " received";
    }

    /** Why an account whose source is connected has no value in a window of {@code days}. */
    public String emptyWindow(long days) {
        return switch (this) {
            case EMAIL_OPEN_RATE -> "no emails sent in the last " + days + " days";
            case SEAT_UTILISATION -> "no running contract with seats";
            case NEGATIVE_TOUCHPOINT_SHARE -> "no touchpoints with a sentiment in the last " + days + " days";
            default -> "no " + fedBy + " in the last " + days + " days";
        };
    }

    /** Whether it means something for one end user (their PQL), not only for an account. */
    public boolean perUser() {
        return perUser;
    }

    public static Optional<Metric> byKey(String key) {
        return Optional.ofNullable(key).map(BY_KEY::get);
    }

    /** Every metric's key, as scorecards name them. */
    public static Set<String> keys() {
        return BY_KEY.keySet();
    }

    /** The daily counters, in the order the aggregate tables hold them. */
    public static List<Metric> dailyCounts() {
        return DAILY_COUNTS;
    }

    /**
     * The daily count a signal adds to, if any: by its type, or {@link #EMAILS_SENT} for a {@code custom} signal named
     * {@value #EMAIL_SENT}; other custom signals count only towards the day's signal total.
     */
    public static Optional<Metric> countedAs(SignalType type, String name) {
        if (type == SignalType.CUSTOM) {
            return EMAIL_SENT.equals(name) ? Optional.of(EMAILS_SENT) : Optional.empty();
        }
        return Optional.ofNullable(COUNTED_AS.get(type));
    }

    /** Holds sets the constants need before the enum's own static fields exist. */
    private static final class Sources {

        static final Set<SignalType> PRODUCT_USE = EnumSet.of(
                SignalType.LOGIN,
                SignalType.FEATURE_USED,
                SignalType.SEAT_ACTIVATED,
                SignalType.SETUP_STEP_COMPLETED,
                SignalType.INVITE_SENT);
    }
}
