package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void namesEveryCommandAndEveryVariable() {
        String help = String.join("\n", Help.lines());

        assertThat(help).contains("up", "-d", "--no-demo", "--infra", "status", "down", "--build");
        for (Setting setting : Setting.values()) {
            assertThat(help).contains(setting.variable(), setting.defaultValue());
        }
    }
}
