package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./tandem token <user>} without a running stack: its demo users, and the errors a person would meet. */
class TokenCommandTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path state;

    @Test
    void theDemoUsersComeFromTheDevRealmWithTheirRoles() {
        DevUsers users = DevUsers.of(ROOT);

        assertThat(users.named("carl")).hasValueSatisfying(carl -> {
            assertThat(carl.role()).isEqualTo("csm");
            assertThat(carl.password()).isEqualTo("dev-only-carl");
        });
        assertThat(users.list()).contains("ada (cs-admin)", "cleo (csm)", "vera (viewer)");
        assertThat(users.named("service-account-tandem-demo-integrator"))
                .as("a client's service account has no password")
                .isEmpty();
    }

    @Test
    void anUnknownUserIsNamedWithTheOnesThereAre() {
        assertThatThrownBy(() -> command().run("mallory", quiet(), quiet()))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("No demo user 'mallory'")
                .hasMessageContaining("carl (csm)");
    }

    @Test
    void aStackThatIsNotRunningIsSaidSo() {
        assertThatThrownBy(() -> command().run("carl", quiet(), quiet()))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("Tandem is not running")
                .hasMessageContaining("./tandem up -d");
    }

    @Test
    void theCommandLineTakesExactlyOneUser() {
        assertThat(CommandLine.parse(List.of("token", "vera")).component()).isEqualTo("vera");
        assertThatThrownBy(() -> CommandLine.parse(List.of("token"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse(List.of("token", "carl", "vera")))
                .isInstanceOf(UsageException.class);
    }

    private TokenCommand command() {
        StateLayout layout = new StateLayout(ROOT, state);
        StackPlan plan = StackPlan.from(Map.of(), false);
        return new TokenCommand(plan, new RunningStack(layout, plan), DevUsers.of(ROOT));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
