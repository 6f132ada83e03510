package dev.tandem.health.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bands over the 0-100 score range. Each range runs from the previous range's upper bound, exclusive, to its own upper
 * bound, inclusive; the first range also includes 0. With the default scheme (Red to 50, Yellow to 75, Green to 100)
 * 50 is Red, 51 Yellow, 75 Yellow, 76 Green.
 */
public final class BandScheme {

    /** One range: scores above the previous range's upper bound up to and including {@code upTo}. */
    public record Range(Band band, int upTo) {}

    private static final BandScheme DEFAULT =
            new BandScheme(List.of(new Range(Band.RED, 50), new Range(Band.YELLOW, 75), new Range(Band.GREEN, 100)));

    private final List<Range> ranges;

    public BandScheme(List<Range> ranges) {
        if (ranges.isEmpty() || ranges.get(ranges.size() - 1).upTo() != 100) {
            throw new IllegalArgumentException("Bands must cover scores up to 100");
        }
        int previous = -1;
        for (Range range : ranges) {
            if (range.upTo() <= previous) {
                throw new IllegalArgumentException("Band bounds must rise: " + ranges);
            }
            previous = range.upTo();
        }
        this.ranges = List.copyOf(new ArrayList<>(ranges));
    }

    /** Red to 50, Yellow to 75, Green to 100. */
    public static BandScheme standard() {
        return DEFAULT;
    }

    /** The band of a shown (rounded) score. */
    public Band bandOf(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("Scores run from 0 to 100, not " + score);
        }
        for (Range range : ranges) {
            if (score <= range.upTo()) {
                return range.band();
            }
        }
        throw new IllegalStateException("Unreachable: the last band ends at 100");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BandScheme scheme && ranges.equals(scheme.ranges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ranges);
    }
}
