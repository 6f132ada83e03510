package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void namesEveryCommandAndEveryVariable() {
        String help = String.join("\n", Help.lines());

        assertThat(help)
                .contains(
                        "up",
                        "-d",
                        "--no-demo",
                        "--infra",
                        "status",
                        "stop [--kill] <component>",
                        "restart <component>",
                        "logs [-f] [-n N] <component>",
                        "token <user>",
                        "down",
                        "--build");
        for (String component : StackPlan.from(Map.of(), false).components()) {
            assertThat(help).as("restart's list of components").contains(component);
        }
        for (Setting setting : Setting.values()) {
            assertThat(help).contains(setting.variable(), setting.defaultValue());
        }
    }
}
