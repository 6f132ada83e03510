package dev.tandem.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

    private static final Path TRUTH = Path.of(".tandem/demo/ground-truth.csv");

    @Test
    void without_options_it_is_the_demo_company() {
        DemoCommand.Options options = DemoCommand.Options.parse(List.of(), TRUTH);

        assertThat(options.accounts()).isEqualTo(500);
        assertThat(options.days()).isEqualTo(90);
        assertThat(options.rate()).isZero();
        assertThat(options.judge()).isFalse();
        assertThat(options.truthFile()).isEqualTo(TRUTH);
    }

    @Test
    void reads_every_option() {
        DemoCommand.Options options = DemoCommand.Options.parse(
                List.of(
                        "--accounts",
                        "5000",
                        "--days",
                        "60",
                        "--seed",
                        "7",
                        "--rate",
                        "300",
                        "--seconds",
                        "20",
                        "--truth",
                        "/tmp/t.csv",
                        "--judge"),
                TRUTH);

        assertThat(options).isEqualTo(new DemoCommand.Options(5000, 60, 7, 300, 20, Path.of("/tmp/t.csv"), true));
    }

    @Test
    void a_bad_value_is_refused_naming_the_option_and_the_range() {
        assertThatThrownBy(() -> DemoCommand.Options.parse(List.of("--days", "1200"), TRUTH))
                .hasMessage("--days must be a whole number from 1 to 1095, not '1200'.");
        assertThatThrownBy(() -> DemoCommand.Options.parse(List.of("--accounts", "many"), TRUTH))
                .hasMessageStartingWith("--accounts must be a whole number");
        assertThatThrownBy(() -> DemoCommand.Options.parse(List.of("--rate"), TRUTH))
                .hasMessageStartingWith("'--rate' needs a value");
        assertThatThrownBy(() -> DemoCommand.Options.parse(List.of("--users", "3"), TRUTH))
                .hasMessageStartingWith("Unknown option '--users'");
    }
}
