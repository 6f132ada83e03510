package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackPlanTest {

    @Test
    void defaultsFollowTheDesign() {
        StackPlan plan = StackPlan.from(Map.of(), false);

        assertThat(plan.postgresPort()).isEqualTo(15432);
        assertThat(plan.kafkaPort()).isEqualTo(19092);
        assertThat(plan.kafkaControllerPort()).isEqualTo(19093);
        assertThat(plan.keycloakPort()).isEqualTo(18080);
        assertThat(plan.keycloakManagementPort()).isEqualTo(19000);
        assertThat(plan.realmUrl()).isEqualTo("http://127.0.0.1:18080/realms/tandem");
        assertThat(plan.services())
                .extracting(Service::module, Service::port)
                .containsExactly(
                        tuple("account-service", 8081),
                        tuple("health-service", 8082),
                        tuple("cta-service", 8083),
                        tuple("content-service", 8084),
                        tuple("gateway", 8080));
        assertThat(plan.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(plan.keycloakReadyTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void startsInfrastructureFirstAndTheGatewayLast() {
        assertThat(StackPlan.from(Map.of(), false).components())
                .containsExactly(
                        "postgres",
                        "kafka",
                        "keycloak",
                        "mail",
                        "account-service",
                        "health-service",
                        "cta-service",
                        "content-service",
                        "gateway");
    }

    @Test
    void infraOnlyHasKeycloakAndTheMailCatcherButNoServices() {
        StackPlan plan = StackPlan.from(Map.of(), true);

        assertThat(plan.components()).containsExactly("postgres", "kafka", "keycloak", "mail");
        assertThat(plan.portClaims())
                .extracting(PortClaim::port)
                .containsExactly(15432, 19092, 19093, 18080, 19000, 1025, 8025);
        assertThat(plan.databases()).isEmpty();
    }

    @Test
    void everyServiceButTheGatewayHasItsOwnDatabase() {
        assertThat(StackPlan.from(Map.of(), false).databases()).containsExactly("account", "health", "cta", "content");
    }

    @Test
    void environmentMovesPorts() {
        StackPlan plan = StackPlan.from(
                Map.of("TANDEM_POSTGRES_PORT", "25432", "TANDEM_GATEWAY_PORT", " 28080 ", "TANDEM_KAFKA_PORT", ""),
                false);

        assertThat(plan.postgresPort()).isEqualTo(25432);
        assertThat(plan.kafkaPort()).isEqualTo(19092);
        assertThat(plan.portClaims()).contains(new PortClaim(28080, "gateway", Setting.GATEWAY_PORT));
        assertThat(plan.jdbcUrl("cta")).isEqualTo("jdbc:postgresql://127.0.0.1:25432/cta");
        assertThat(plan.reactiveUrl("cta")).isEqualTo("postgresql://127.0.0.1:25432/cta");
    }

    @Test
    void claimsEveryPortWithTheVariableThatMovesIt() {
        List<PortClaim> claims = StackPlan.from(Map.of(), false).portClaims();

        assertThat(claims).hasSize(12);
        assertThat(claims)
                .contains(
                        new PortClaim(1025, "mail (SMTP)", Setting.SMTP_PORT),
                        new PortClaim(8025, "mail", Setting.MAIL_WEB_PORT),
                        new PortClaim(15432, "postgres", Setting.POSTGRES_PORT),
                        new PortClaim(18080, "keycloak", Setting.KEYCLOAK_PORT),
                        new PortClaim(19000, "keycloak (management)", Setting.KEYCLOAK_MANAGEMENT_PORT),
                        new PortClaim(19093, "kafka (controller)", Setting.KAFKA_CONTROLLER_PORT),
                        new PortClaim(8083, "cta-service", Setting.CTA_PORT));
    }

    @Test
    void claimsOnlyThePortsOfTheComponentsAsked() {
        StackPlan plan = StackPlan.from(Map.of(), false);

        assertThat(plan.portClaims(List.of("kafka", "health-service")))
                .extracting(PortClaim::port)
                .containsExactly(19092, 19093, 8082);
    }

    @Test
    void aServiceNeedsKafkaKeycloakAndItsDatabaseAndTheInfrastructureNothing() {
        StackPlan plan = StackPlan.from(Map.of(), false);

        assertThat(plan.dependencies("health-service")).containsExactly("postgres", "kafka", "keycloak");
        assertThat(plan.dependencies("gateway")).containsExactly("kafka", "keycloak");
        assertThat(plan.dependencies("kafka")).isEmpty();
        assertThat(plan.dependencies("postgres")).isEmpty();
    }

    @Test
    void anUnknownComponentIsAUsageErrorListingTheKnownOnes() {
        StackPlan plan = StackPlan.from(Map.of(), false);

        assertThat(plan.component("cta-service")).isEqualTo("cta-service");
        assertThatThrownBy(() -> plan.component("health"))
                .isInstanceOf(UsageException.class)
                .hasMessage("Unknown component 'health'. Components: postgres, kafka, keycloak, mail, account-service,"
                        + " health-service, cta-service, content-service, gateway.");
    }

    @Test
    void theMailCatcherKeepsABoundedNumberOfMessages() {
        assertThat(StackPlan.from(Map.of(), false).mailKept()).isEqualTo(1000);
        assertThat(StackPlan.from(Map.of("TANDEM_MAIL_KEPT", "50"), false).mailKept())
                .isEqualTo(50);
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_MAIL_KEPT", "0"), false))
                .isInstanceOf(TandemException.class)
                .hasMessage("TANDEM_MAIL_KEPT must be between 1 and 100000, not 0.");
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_SMTP_PORT", "8025"), false))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("Port 8025");
    }

    @Test
    void rejectsAPortGivenToTwoComponents() {
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_GATEWAY_PORT", "8081"), false))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("Port 8081")
                .hasMessageContaining("TANDEM_ACCOUNT_PORT")
                .hasMessageContaining("TANDEM_GATEWAY_PORT");
    }

    @Test
    void rejectsAServiceOnKeycloaksPort() {
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_GATEWAY_PORT", "18080"), false))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("TANDEM_KEYCLOAK_PORT")
                .hasMessageContaining("TANDEM_GATEWAY_PORT");
    }

    @Test
    void rejectsAPortThatIsNoNumber() {
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_KAFKA_PORT", "kafka"), false))
                .isInstanceOf(TandemException.class)
                .hasMessage("TANDEM_KAFKA_PORT must be a whole number, not 'kafka'.");
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_CTA_PORT", "70000"), false))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("TANDEM_CTA_PORT must be a port between 1 and 65535");
    }

    @Test
    void readsTheTimeoutAndJavaOptions() {
        StackPlan plan = StackPlan.from(
                Map.of(
                        "TANDEM_READY_TIMEOUT",
                        "30",
                        "TANDEM_JAVA_OPTS",
                        "-Xmx1g  -Dfoo=bar",
                        "TANDEM_KAFKA_JAVA_OPTS",
                        "",
                        "TANDEM_KEYCLOAK_READY_TIMEOUT",
                        "300",
                        "TANDEM_KEYCLOAK_JAVA_OPTS",
                        "-Xmx768m"),
                true);

        assertThat(plan.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.javaOptions()).containsExactly("-Xmx1g", "-Dfoo=bar");
        assertThat(plan.kafkaJavaOptions()).contains("-Xmx512m");
        assertThat(plan.keycloakReadyTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(plan.keycloakJavaOptions()).containsExactly("-Xmx768m");
    }

    @Test
    void rejectsAZeroTimeout() {
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_READY_TIMEOUT", "0"), true))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("TANDEM_READY_TIMEOUT");
        assertThatThrownBy(() -> StackPlan.from(Map.of("TANDEM_KEYCLOAK_READY_TIMEOUT", "0"), true))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("TANDEM_KEYCLOAK_READY_TIMEOUT");
    }
}
