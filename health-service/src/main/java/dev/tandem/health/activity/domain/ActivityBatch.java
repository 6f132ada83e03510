package dev.tandem.health.activity.domain;

import dev.tandem.events.signal.Signal;
import dev.tandem.events.signal.SignalType;
import dev.tandem.health.domain.metric.Metric;
import dev.tandem.health.domain.subject.AccountDay;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A poll's signals folded into the increments they make: per account and day, per end user and day (their counts, and
 * whether they used the product), per feature and day. Folding first means one additive upsert per key, whatever the
 * number of signals behind it.
 */
public final class ActivityBatch {

    /** An end user active on a day. */
    public record UserDay(String accountExternalId, String userId, LocalDate day) {}

    /** A feature used on a day. */
    public record FeatureDay(String accountExternalId, LocalDate day, String feature) {}

    /** An NPS answer, 0 to 10. */
    public record NpsAnswer(String accountExternalId, String userId, Instant answeredAt, int score) {}

    /** A data source of an account ({@link Metric#sourceOf}) and the days of a poll that heard from it. */
    public record SourceDays(String accountExternalId, String source, LocalDate first, LocalDate last) {

        SourceDays with(LocalDate day) {
            return new SourceDays(
                    accountExternalId, source, day.isBefore(first) ? day : first, day.isAfter(last) ? day : last);
        }
    }

    /** An ROI metric as a customer reported it, e.g. "hours-saved" 120. */
    public record RoiReport(String accountExternalId, String metric, BigDecimal value, Instant reportedAt) {}

    private final Map<AccountDay, DayCounts> days = new LinkedHashMap<>();
    private final Map<UserDay, DayCounts> userDays = new LinkedHashMap<>();
    private final Map<FeatureDay, Long> featureUses = new LinkedHashMap<>();
    private final List<NpsAnswer> npsAnswers = new ArrayList<>();
    private final List<RoiReport> roiReports = new ArrayList<>();
    private final Map<List<String>, SourceDays> sources = new LinkedHashMap<>();

    public void add(Signal signal) {
        LocalDate day = signal.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        SignalType type = signal.signalType();
        boolean productUse = Metric.PRODUCT_USE.contains(type);
        Metric counted = Metric.countedAs(type, signal.name()).orElse(null);
        String source = Metric.sourceOf(type, signal.name());
        if (source != null) {
            sources.merge(
                    List.of(signal.accountId(), source),
                    new SourceDays(signal.accountId(), source, day, day),
                    (known, added) -> known.with(day));
        }
        days.computeIfAbsent(new AccountDay(signal.accountId(), day), key -> new DayCounts())
                .add(counted, signal.occurredAt(), productUse);
        if (signal.userId() != null) {
            UserDay userDay = new UserDay(signal.accountId(), signal.userId(), day);
            userDays.computeIfAbsent(userDay, key -> new DayCounts()).add(counted, signal.occurredAt(), productUse);
        }
        if (type == SignalType.FEATURE_USED && signal.name() != null) {
            featureUses.merge(new FeatureDay(signal.accountId(), day, signal.name()), 1L, Long::sum);
        }
        if (type == SignalType.ROI_REPORTED && signal.name() != null && signal.value() != null) {
            roiReports.add(new RoiReport(
                    signal.accountId(), signal.name(), BigDecimal.valueOf(signal.value()), signal.occurredAt()));
        }
        if (type == SignalType.NPS_RESPONSE && signal.value() != null) {
            npsAnswers.add(new NpsAnswer(
                    signal.accountId(),
                    signal.userId(),
                    signal.occurredAt(),
                    signal.value().intValue()));
        }
    }

    /** Each end user's counts per day, for signals that name a user. */
    public Map<UserDay, DayCounts> userDays() {
        return userDays;
    }

    public List<RoiReport> roiReports() {
        return roiReports;
    }

    public Map<AccountDay, DayCounts> days() {
        return days;
    }

    public Map<FeatureDay, Long> featureUses() {
        return featureUses;
    }

    public List<NpsAnswer> npsAnswers() {
        return npsAnswers;
    }

    /**
     * Each account's earliest day before {@code today} the poll counted signals for: the day from which its score
     * history must be computed again. Late signals and backfills of history come this way; today's are none of them.
     */
    public List<AccountDay> pastDays(LocalDate today) {
        Map<String, LocalDate> earliest = new LinkedHashMap<>();
        days.keySet().stream()
                .filter(day -> day.day().isBefore(today))
                .forEach(day -> earliest.merge(day.account(), day.day(), (a, b) -> a.isBefore(b) ? a : b));
        return earliest.entrySet().stream()
                .map(e -> new AccountDay(e.getKey(), e.getValue()))
                .toList();
    }

    /** The data sources heard from, each with the first and last day of the poll's signals of it. */
    public List<SourceDays> sources() {
        return List.copyOf(sources.values());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
