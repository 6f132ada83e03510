package dev.tandem.account.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.account.TestAccounts;
import dev.tandem.account.lifecycle.service.LifecycleSweep;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What time alone changes. Time is moved on by moving the stored dates back, as the days would. */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class LifecycleSweepTest {

    @Inject
    LifecycleSweep sweep;

    @Test
    void aContractWhoseStartDateHasComeConvertsTheAccount() throws Throwable {
        String account = TestAccounts.create("Sweep Test", "TRIAL");
        TestAccounts.addContract(
                account,
                "c-1",
                "15000",
                LocalDate.now().plusDays(3),
                LocalDate.now().plusYears(1));
        assertThat(stage(account)).as("not started yet").isEqualTo("TRIAL");

        shiftContractDates(account, -5);
        VertxContextSupport.subscribeAndAwait(() -> sweep.sweep());

        assertThat(stage(account)).isEqualTo("ONBOARDING");
        int again = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep());
        assertThat(stage(account)).isEqualTo("ONBOARDING");
        assertThat(again).as("a second sweep moves nothing of this account").isZero();
    }

    private static void shiftContractDates(String accountExternalId, int days) throws Exception {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("account"), "postgres", "");
                var statement = connection.prepareStatement("""
                        UPDATE contract SET start_date = start_date + ?, renewal_date = renewal_date + ?
                        WHERE account_id = (SELECT id FROM account WHERE external_id = ?)
                        """)) {
            statement.setInt(1, days);
            statement.setInt(2, days);
            statement.setString(3, accountExternalId);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static String stage(String externalId) {
        return Api.as(TestTokens.VIEWER)
                .get("/api/v1/accounts/{id}", externalId)
                .then()
                .extract()
                .path("stage");
    }
}
