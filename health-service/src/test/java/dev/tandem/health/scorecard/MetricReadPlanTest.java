package dev.tandem.health.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.scorecard.domain.MetricReadPlan;
import dev.tandem.health.scorecard.domain.MetricReadPlan.DailyPass;
import dev.tandem.health.scorecard.domain.MetricReadPlan.SingleRead;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricReadPlanTest {

    private static final Set<String> DAILY = Set.of("logins", "active_days", "emails_opened");

    @Test
    void dailyFiguresOfOneWindowAreReadInOnePassForEveryAccountAnyOfThemNeeds() {
        Map<String, Set<String>> needed = new LinkedHashMap<>();
        needed.put("logins@30", Set.of("a", "b"));
        needed.put("active_days@30", Set.of("c"));
        needed.put("emails_opened@7", Set.of("a"));

        MetricReadPlan<String> plan = MetricReadPlan.of(needed, DAILY);

        assertThat(plan.singles()).isEmpty();
        assertThat(plan.dailyPasses()).hasSize(2);
        DailyPass<String> month = plan.dailyPasses().iterator().next();
        assertThat(month.windowDays()).isEqualTo(30);
        assertThat(month.metrics()).containsExactly("logins", "active_days");
        assertThat(month.subjects()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(month.keyOf("logins")).isEqualTo("logins@30");
    }

    @Test
    void otherMetricsAreReadOneByOneUnderTheirOwnKey() {
        MetricReadPlan<String> plan =
                MetricReadPlan.of(Map.of("nps_average@90", List.of("a"), "logins@14", List.of("b")), DAILY);

        assertThat(plan.singles()).containsExactly(new SingleRead<>("nps_average@90", "nps_average", 90, Set.of("a")));
        assertThat(plan.dailyPasses()).extracting(DailyPass::windowDays).containsExactly(14L);
    }
}
