package dev.tandem.gateway.portfolio;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("Accounts and ARR by health band, touch model and lifecycle stage.")
public record Portfolio(
        int accounts,
        BigDecimal arr,

        @Description("False when the book was larger than the gateway adds up in one query; the figures then cover"
                + " the first accounts by name only")
        boolean complete,

        List<Slice> byBand,
        List<Slice> byTouchModel,
        List<Slice> byStage) {

    /** One part of the book: its accounts and their ARR. {@code key} is NONE where the account has no value. */
    @org.eclipse.microprofile.graphql.Name("PortfolioSlice")
    public record Slice(String key, int accounts, BigDecimal arr) {}
}
