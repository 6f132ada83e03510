package dev.tandem.gateway.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PortfolioTallyTest {

    @Test
    void addsCountsAndArrPerSliceAndOverall() {
        PortfolioTally tally = new PortfolioTally();
        tally.add("RED", "HIGH", "RENEWAL", new BigDecimal("60000"));
        tally.add("RED", "LOW", "ADOPTION", new BigDecimal("12000"));
        tally.add("GREEN", "LOW", "ADOPTION", new BigDecimal("15000"));

        Portfolio portfolio = tally.result(true);

        assertThat(portfolio.accounts()).isEqualTo(3);
        assertThat(portfolio.arr()).isEqualByComparingTo("87000");
        assertThat(portfolio.byBand())
                .containsExactly(
                        new Portfolio.Slice("GREEN", 1, new BigDecimal("15000")),
                        new Portfolio.Slice("RED", 2, new BigDecimal("72000")));
        assertThat(portfolio.byTouchModel())
                .extracting(Portfolio.Slice::accounts)
                .containsExactly(1, 2);
        assertThat(portfolio.complete()).isTrue();
    }

    @Test
    void anAccountWithoutScoreOrArrCountsUnderNoneWithNoArr() {
        PortfolioTally tally = new PortfolioTally();
        tally.add(null, "TECH", "FREE", null);

        Portfolio portfolio = tally.result(false);

        assertThat(portfolio.byBand()).containsExactly(new Portfolio.Slice("NONE", 1, BigDecimal.ZERO));
        assertThat(portfolio.arr()).isEqualByComparingTo("0");
        assertThat(portfolio.complete()).isFalse();
    }
}
