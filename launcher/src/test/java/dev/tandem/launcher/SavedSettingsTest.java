package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSettingsTest {

    @TempDir
    Path root;

    @Test
    void theSettingsOfARunningStackWinOverTheCurrentEnvironment() {
        StateLayout layout = new StateLayout(root);
        layout.createDirectories();
        SavedSettings settings = new SavedSettings(layout);

        settings.save(Map.of("TANDEM_GATEWAY_PORT", "28080"));
        StackPlan plan = StackPlan.from(settings.orElse(Map.of("TANDEM_GATEWAY_PORT", "28080")), false);

        assertThat(plan.portClaims()).contains(new PortClaim(28080, "gateway", Setting.GATEWAY_PORT));
        assertThat(plan.postgresPort()).isEqualTo(15432);
    }

    @Test
    void namesEachSettingThatTheEnvironmentChangesFromTheRunningStacks() {
        StateLayout layout = new StateLayout(root);
        layout.createDirectories();
        SavedSettings settings = new SavedSettings(layout);
        settings.save(Map.of("TANDEM_KAFKA_PORT", "29092"));

        assertThat(settings.differences(Map.of("TANDEM_KAFKA_PORT", "29092"))).isEmpty();
        assertThat(settings.differences(Map.of("TANDEM_GATEWAY_PORT", "9090")))
                .containsExactly(
                        "TANDEM_KAFKA_PORT=29092 (this shell: 19092)", "TANDEM_GATEWAY_PORT=8080 (this shell: 9090)");
    }

    @Test
    void withoutARunningStackTheEnvironmentCounts() {
        StateLayout layout = new StateLayout(root);
        layout.createDirectories();
        SavedSettings settings = new SavedSettings(layout);
        settings.save(Map.of());
        settings.delete();

        assertThat(settings.orElse(Map.of("TANDEM_CTA_PORT", "1"))).containsEntry("TANDEM_CTA_PORT", "1");
    }
}
