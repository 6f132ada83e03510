package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private final StateLayout layout = new StateLayout(Path.of("/work/tandem"));

    @Test
    void namesKeycloakItsDevAdminAndHowToGetTokens() {
        String summary =
                String.join("\n", Summary.lines(StackPlan.from(Map.of(), false), layout, times(42, 40, 0), true));

        assertThat(summary)
                .contains("Tandem is up (42.0 s: build and checks 2.0 s, start 40.0 s).")
                .contains("Console      http://localhost:8080/console/  (sign in as carl / dev-only-carl")
                .contains("Keycloak     http://127.0.0.1:18080/admin  (admin / dev-only-admin, dev only)")
                .contains("DEV ONLY")
                .contains("TOKEN=$(curl -s -d grant_type=password -d client_id=tandem-dev-cli -d username=carl"
                        + " -d password=dev-only-carl"
                        + " http://127.0.0.1:18080/realms/tandem/protocol/openid-connect/token | sed -E")
                .contains("-d grant_type=client_credentials -d client_id=tandem-demo-integrator"
                        + " -d client_secret=dev-only-integrator-secret")
                .contains("ada = cs-admin", "vera = viewer")
                .contains("curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8081/api/v1/accounts/demo-1")
                .contains("GraphQL UI   http://localhost:8080/q/graphql-ui  (token: ./tandem token carl)")
                .contains("Mail         http://127.0.0.1:8025/  (what cta-service sent; SMTP on port 1025)")
                .contains("Stop         ./tandem down");
    }

    @Test
    void infrastructureOnlyStillShowsTokensButNoServiceCalls() {
        String summary =
                String.join("\n", Summary.lines(StackPlan.from(Map.of(), true), layout, times(1, 1, 0), false));

        assertThat(summary).contains("grant_type=password").doesNotContain("/api/v1/", "Swagger UI");
    }

    @Test
    void theTimeIsTheWholeCommandsWithWhatItWentOn() {
        String summary =
                String.join("\n", Summary.lines(StackPlan.from(Map.of(), false), layout, times(303, 55, 58), false));

        assertThat(summary)
                .contains("Tandem is up (5 min 3 s: build and checks 3 min 10 s, start 55.0 s, demo company 58.0 s).");
    }

    private static UpTimes times(long total, long starting, long seeding) {
        return new UpTimes(Duration.ofSeconds(total), Duration.ofSeconds(starting), Duration.ofSeconds(seeding));
    }

    @Test
    void followsAMovedKeycloak() {
        StackPlan plan = StackPlan.from(Map.of("TANDEM_KEYCLOAK_PORT", "28080"), false);

        assertThat(String.join("\n", Summary.tokens(plan)))
                .contains("http://127.0.0.1:28080/realms/tandem/protocol/openid-connect/token")
                .doesNotContain(":18080");
    }
}
