package dev.tandem.health.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.scorecard.domain.MeasureDefinition;
import dev.tandem.health.scorecard.domain.Scoring;
import dev.tandem.health.scoring.domain.MetricReadPlan.DailyPass;
import dev.tandem.health.scoring.domain.MetricReadPlan.SingleRead;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricReadPlanTest {

    private static final Set<String> DAILY = Set.of("logins", "active_days", "emails_opened");

    @Test
    void dailyFiguresOfOneWindowAreReadInOnePassForEveryAccountAnyOfThemNeeds() {
        MetricReadPlan<String> plan = new MetricReadPlan<>(DAILY);
        plan.need(measure("logins", 30), List.of("a", "b"));
        plan.need(measure("active_days", 30), List.of("c"));
        plan.need(measure("logins", 30), List.of("d"));
        plan.need(measure("emails_opened", 7), List.of("a"));

        assertThat(plan.singles()).isEmpty();
        assertThat(plan.dailyPasses()).hasSize(2);
        DailyPass<String> month = plan.dailyPasses().iterator().next();
        assertThat(month.windowDays()).isEqualTo(30);
        assertThat(month.metrics()).containsExactly("logins", "active_days");
        assertThat(month.subjects()).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(month.keyOf("logins")).isEqualTo("logins@30");
    }

    @Test
    void otherMetricsAreReadOneByOneUnderTheirOwnKeyAndManualMeasuresNotAtAll() {
        MetricReadPlan<String> plan = new MetricReadPlan<>(DAILY);
        plan.need(measure("nps_average", 90), List.of("a"));
        plan.need(measure("nps_average", 90), List.of("b"));
        plan.need(measure("logins", 14), List.of("b"));
        plan.need(
                new MeasureDefinition("sentiment", "CSM sentiment", null, null, BigDecimal.ONE, Scoring.manual(), null),
                List.of("c"));

        assertThat(plan.singles())
                .containsExactly(new SingleRead<>("nps_average@90", "nps_average", 90, Set.of("a", "b")));
        assertThat(plan.dailyPasses()).extracting(DailyPass::windowDays).containsExactly(14L);
        assertThat(plan.dailyPasses().iterator().next().subjects()).containsExactly("b");
    }

    private static MeasureDefinition measure(String metric, int windowDays) {
        return new MeasureDefinition(metric, metric, metric, windowDays, BigDecimal.ONE, null, null);
    }
}
