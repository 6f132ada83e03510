package dev.tandem.gateway.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds accounts up into a portfolio: counts and ARR overall and per band, touch model and stage. Plain Java. */
final class PortfolioTally {

    static final String NONE = "NONE";

    private final Map<String, Portfolio.Slice> byBand = new TreeMap<>();
    private final Map<String, Portfolio.Slice> byTouchModel = new TreeMap<>();
    private final Map<String, Portfolio.Slice> byStage = new TreeMap<>();
    private int accounts;
    private BigDecimal arr = BigDecimal.ZERO;

    /** One account; any of band, touch model and stage may be null, and ARR null counts as none. */
    void add(String band, String touchModel, String stage, BigDecimal accountArr) {
        BigDecimal value = accountArr == null ? BigDecimal.ZERO : accountArr;
        accounts++;
        arr = arr.add(value);
        addTo(byBand, band, value);
        addTo(byTouchModel, touchModel, value);
        addTo(byStage, stage, value);
    }

    Portfolio result(boolean complete) {
        return new Portfolio(accounts, arr, complete, list(byBand), list(byTouchModel), list(byStage));
    }

    private static void addTo(Map<String, Portfolio.Slice> slices, String key, BigDecimal value) {
        slices.merge(
                key == null ? NONE : key,
                new Portfolio.Slice(key == null ? NONE : key, 1, value),
                (a, b) -> new Portfolio.Slice(a.key(), a.accounts() + 1, a.arr().add(b.arr())));
    }

    private static List<Portfolio.Slice> list(Map<String, Portfolio.Slice> slices) {
        return new ArrayList<>(slices.values());
    }
}
