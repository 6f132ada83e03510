package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.launcher.CommandLine.Option;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsShowsHelp() {
        assertThat(CommandLine.parse(List.of()).command()).isEqualTo(Command.HELP);
    }

    @Test
    void upStaysInTheForegroundByDefault() {
        assertThat(CommandLine.parse(List.of("up"))).isEqualTo(new CommandLine(Command.UP, Set.of(), "", 0, List.of()));
    }

    @Test
    void upDetachesWithShortOrLongOption() {
        assertThat(CommandLine.parse(List.of("up", "-d")).detach()).isTrue();
        assertThat(CommandLine.parse(List.of("up", "--detach")).detach()).isTrue();
    }

    @Test
    void upAcceptsNoDemoAndInfraTogether() {
        assertThat(CommandLine.parse(List.of("up", "--no-demo", "--infra", "-d")))
                .isEqualTo(new CommandLine(
                        Command.UP, Set.of(Option.DETACH, Option.INFRA_ONLY, Option.NO_DEMO), "", 0, List.of()));
    }

    @Test
    void readsEveryCommand() {
        assertThat(CommandLine.parse(List.of("down")).command()).isEqualTo(Command.DOWN);
        assertThat(CommandLine.parse(List.of("status")).command()).isEqualTo(Command.STATUS);
        assertThat(CommandLine.parse(List.of("help")).command()).isEqualTo(Command.HELP);
        assertThat(CommandLine.parse(List.of("demo")).command()).isEqualTo(Command.DEMO);
        assertThat(CommandLine.parse(List.of("--help")).command()).isEqualTo(Command.HELP);
        assertThat(CommandLine.parse(List.of("stop", "kafka")).command()).isEqualTo(Command.STOP);
        assertThat(CommandLine.parse(List.of("restart", "kafka")).command()).isEqualTo(Command.RESTART);
        assertThat(CommandLine.parse(List.of("logs", "kafka")).command()).isEqualTo(Command.LOGS);
    }

    @Test
    void demoPassesItsOptionsToTheSimulator() {
        assertThat(CommandLine.parse(List.of("demo", "--accounts", "50", "--rate", "100"))
                        .demoOptions())
                .containsExactly("--accounts", "50", "--rate", "100");
    }

    @Test
    void restartNamesOneComponent() {
        assertThat(CommandLine.parse(List.of("restart", "health-service")))
                .isEqualTo(new CommandLine(Command.RESTART, Set.of(), "health-service", 0, List.of()));
    }

    @Test
    void restartRefusesNoComponentOrTwo() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("restart")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'restart' takes one component");
        assertThatThrownBy(() -> CommandLine.parse(List.of("restart", "kafka", "postgres")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'restart' takes one component");
        assertThatThrownBy(() -> CommandLine.parse(List.of("restart", "-d", "kafka")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("Unknown option for 'restart': '-d'");
    }

    @Test
    void stopKillsOnlyWhenAsked() {
        assertThat(CommandLine.parse(List.of("stop", "kafka")).kill()).isFalse();
        assertThat(CommandLine.parse(List.of("stop", "--kill", "health-service")))
                .isEqualTo(new CommandLine(Command.STOP, Set.of(Option.KILL), "health-service", 0, List.of()));
    }

    @Test
    void logsShowFiftyLinesUnlessToldAndFollowWithF() {
        assertThat(CommandLine.parse(List.of("logs", "kafka")))
                .isEqualTo(new CommandLine(Command.LOGS, Set.of(), "kafka", 50, List.of()));
        assertThat(CommandLine.parse(List.of("logs", "-f", "-n", "200", "gateway")))
                .isEqualTo(new CommandLine(Command.LOGS, Set.of(Option.FOLLOW), "gateway", 200, List.of()));
        assertThat(CommandLine.parse(List.of("logs", "gateway", "--follow", "--lines", "0")))
                .isEqualTo(new CommandLine(Command.LOGS, Set.of(Option.FOLLOW), "gateway", 0, List.of()));
    }

    @Test
    void logsRefuseABadLineCount() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("logs", "-n", "ten", "kafka")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not 'ten'");
        assertThatThrownBy(() -> CommandLine.parse(List.of("logs", "kafka", "-n")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("'-n' needs a number");
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
