package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsShowsHelp() {
        assertThat(CommandLine.parse(List.of()))
                .isEqualTo(new CommandLine(Command.HELP, false, false, false, List.of()));
    }

    @Test
    void upStaysInTheForegroundByDefault() {
        assertThat(CommandLine.parse(List.of("up")))
                .isEqualTo(new CommandLine(Command.UP, false, false, false, List.of()));
    }

    @Test
    void upDetachesWithShortOrLongOption() {
        assertThat(CommandLine.parse(List.of("up", "-d")).detach()).isTrue();
        assertThat(CommandLine.parse(List.of("up", "--detach")).detach()).isTrue();
    }

    @Test
    void upAcceptsNoDemoAndInfraTogether() {
        assertThat(CommandLine.parse(List.of("up", "--no-demo", "--infra", "-d")))
                .isEqualTo(new CommandLine(Command.UP, true, true, true, List.of()));
    }

    @Test
    void readsEveryCommand() {
        assertThat(CommandLine.parse(List.of("down")).command()).isEqualTo(Command.DOWN);
        assertThat(CommandLine.parse(List.of("status")).command()).isEqualTo(Command.STATUS);
        assertThat(CommandLine.parse(List.of("help")).command()).isEqualTo(Command.HELP);
        assertThat(CommandLine.parse(List.of("demo")).command()).isEqualTo(Command.DEMO);
        assertThat(CommandLine.parse(List.of("--help")).command()).isEqualTo(Command.HELP);
    }

    @Test
    void demoPassesItsOptionsToTheSimulator() {
        assertThat(CommandLine.parse(List.of("demo", "--accounts", "50", "--rate", "100"))
                        .demoOptions())
                .containsExactly("--accounts", "50", "--rate", "100");
    }

    @Test
    void rejectsAnUnknownCommand() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("start")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'start'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("up", "--demo")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'--demo'");
    }

    @Test
    void rejectsOptionsOnCommandsThatTakeNone() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("down", "-d")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'down' takes no options");
    }
}
