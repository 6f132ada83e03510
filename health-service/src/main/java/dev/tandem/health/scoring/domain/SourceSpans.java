package dev.tandem.health.scoring.domain;

import dev.tandem.health.domain.metric.Metric;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * When an account's data sources sent anything: for each source, the first and the last day a signal of it was
 * counted. A metric's source is connected on a day from the first signal of any of its sources until {@code lookBack}
 * days after the last. (A source silent for longer than the look-back and heard again counts as connected in between:
 * an integration that comes back is taken to have been there.)
 */
public final class SourceSpans {

    public static final SourceSpans NONE = new SourceSpans();

    private record Span(LocalDate first, LocalDate last) {}

    private final Map<String, Span> spans = new HashMap<>();

    public SourceSpans with(String source, LocalDate first, LocalDate last) {
        spans.put(source, new Span(first, last));
        return this;
    }

    /**
     * A source connected from {@code first} on for good, such as touchpoints: a silence of theirs is what their metrics
     * measure, not a connection lost.
     */
    public SourceSpans since(String source, LocalDate first) {
        spans.put(source, new Span(first, null));
        return this;
    }

    /** Whether a source of {@code metric} was connected on {@code day}, looking back {@code lookBackDays}. */
    public boolean connected(Metric metric, LocalDate day, int lookBackDays) {
        for (String source : metric.sourceNames()) {
            Span span = spans.get(source);
            if (span != null
                    && !span.first().isAfter(day)
                    && (span.last() == null || !span.last().isBefore(day.minusDays(lookBackDays - 1L)))) {
                return true;
            }
        }
        return false;
    }
}
