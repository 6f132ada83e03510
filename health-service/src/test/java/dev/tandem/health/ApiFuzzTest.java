package dev.tandem.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.fuzz.ApiFuzz;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation of health-service, sent hostile paths, query values, fields and bodies by a caller holding every
 * role: none gets a 5xx, every refusal is problem+json, and a refused write changes nothing.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ApiFuzzTest {

    @Test
    void hostileInputIsRefusedCleanlyAndChangesNothing() throws Exception {
        ApiFuzz.Report report = ApiFuzz.run(TestTokens.ROLES.toArray(String[]::new));

        System.out.println(report.summary());
        assertThat(report.operations()).isPositive();
        assertThat(report.findings()).isEmpty();
    }
}
