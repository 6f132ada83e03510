package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaCommandsTest {

    private final StateLayout layout = new StateLayout(Path.of("/work/tandem"));
    private final StackPlan plan = StackPlan.from(Map.of("TANDEM_JAVA_OPTS", "-Xmx256m"), false);
    private final JavaCommands commands =
            new JavaCommands(Path.of("/jdk/bin/java"), "/lib/a.jar:/lib/b.jar", layout, plan);

    @Test
    void aServiceRunsItsQuarkusJarWithItsPortDatabaseAndKafka() {
        List<String> command = commands.service(service("cta-service"));

        assertThat(command)
                .startsWith(
                        "/jdk/bin/java",
                        "-Dtandem-stack.state=/work/tandem/.tandem",
                        "-Dtandem-stack.component=cta-service",
                        "-Xmx256m")
                .contains(
                        "-Dquarkus.http.port=8083",
                        "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:15432/cta",
                        "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:15432/cta",
                        "-Dquarkus.datasource.username=postgres",
                        "-Dquarkus.datasource.password=",
                        "-Dkafka.bootstrap.servers=127.0.0.1:19092",
                        "-Dquarkus.oidc.auth-server-url=http://127.0.0.1:18080/realms/tandem",
                        "-Dquarkus.http.auth.permission.api-docs.policy=permit",
                        "-Dtandem.directory.client-secret=dev-only-directory-secret")
                .endsWith("-jar", "/work/tandem/cta-service/target/quarkus-app/quarkus-run.jar");
        assertThat(command).noneMatch(argument -> argument.startsWith("-Dtandem.services."));
    }

    @Test
    void theGatewayKnowsEveryServiceAndHasNoDatabaseAndKeepsGraphqlClosed() {
        List<String> command = commands.service(service("gateway"));

        assertThat(command)
                .contains(
                        "-Dquarkus.http.port=8080",
                        "-Dtandem.services.account.url=http://127.0.0.1:8081",
                        "-Dtandem.services.health.url=http://127.0.0.1:8082",
                        "-Dtandem.services.cta.url=http://127.0.0.1:8083",
                        "-Dtandem.services.content.url=http://127.0.0.1:8084",
                        "-Dquarkus.oidc.auth-server-url=http://127.0.0.1:18080/realms/tandem",
                        // The console it serves signs in at the stack's Keycloak.
                        "-Dtandem.console.keycloak-url=http://127.0.0.1:18080")
                .noneMatch(argument -> argument.startsWith("-Dquarkus.datasource"))
                // It reads no team directory: cta-service and account-service do.
                .noneMatch(argument -> argument.startsWith("-Dtandem.directory"))
                // Its Swagger UI shares a permission with /q/openapi; only the GraphQL UI's own is opened.
                .noneMatch(argument -> argument.startsWith("-Dquarkus.http.auth.permission")
                        && !argument.startsWith("-Dquarkus.http.auth.permission.graphql-ui."))
                .noneMatch(argument -> argument.startsWith("-Dtandem.services.gateway"));
    }

    @Test
    void theGatewayServesTheGraphQlExplorerAndIntrospectionLocally() {
        assertThat(commands.service(service("gateway")))
                .contains(
                        "-Dtandem.explorer.enabled=true",
                        "-Dquarkus.smallrye-graphql.field-visibility=default",
                        "-Dquarkus.http.auth.permission.graphql-ui.policy=permit");
        assertThat(commands.service(service("account-service"))).noneMatch(argument -> argument.contains("explorer"));
    }

    @Test
    void theBrokerRunsKafkaWithItsPropertiesAndMarkersFirst() {
        List<String> command = commands.kafkaBroker(Path.of("/work/tandem/.tandem/kafka/server.properties"));

        assertThat(command)
                .startsWith(
                        "/jdk/bin/java", "-Dtandem-stack.state=/work/tandem/.tandem", "-Dtandem-stack.component=kafka")
                .endsWith("kafka.Kafka", "/work/tandem/.tandem/kafka/server.properties")
                .doesNotContain("-cp");
        assertThat(commands.classPath()).isEqualTo("/lib/a.jar:/lib/b.jar");
    }

    @Test
    void ctaServiceSendsItsMailToTheCatcherWithWorkingSurveyLinks() {
        StackPlan moved = StackPlan.from(Map.of("TANDEM_SMTP_PORT", "2525", "TANDEM_CTA_PORT", "9083"), false);
        JavaCommands movedCommands = new JavaCommands(Path.of("/jdk/bin/java"), "/lib/a.jar", layout, moved);
        Service cta = moved.services().stream()
                .filter(service -> service.key().equals("cta"))
                .findFirst()
                .orElseThrow();

        assertThat(movedCommands.service(cta))
                .contains(
                        "-Dquarkus.mailer.mock=false",
                        "-Dquarkus.mailer.host=127.0.0.1",
                        "-Dquarkus.mailer.port=2525",
                        "-Dquarkus.mailer.tls=false",
                        "-Dquarkus.mailer.start-tls=DISABLED",
                        "-Dtandem.cta.email.public-base-url=http://127.0.0.1:9083",
                        "-Dtandem.cta.email.link-secret=dev-only-link-secret");
        // No other service sends e-mail.
        assertThat(commands.service(service("account-service"))).noneMatch(argument -> argument.contains("mailer"));
    }

    @Test
    void theMailCatcherRunsFromTheLaunchersClassPathWithItsPortsAndBound() {
        List<String> command = commands.mailCatcher();

        assertThat(command)
                .startsWith(
                        "/jdk/bin/java", "-Dtandem-stack.state=/work/tandem/.tandem", "-Dtandem-stack.component=mail")
                .endsWith("dev.tandem.launcher.catcher.MailCatcher", "1025", "8025", "1000")
                .doesNotContain("-cp");
    }

    @Test
    void theStorageToolFormatsWithTheGivenClusterId() {
        List<String> command = commands.kafkaFormat(Path.of("/p/server.properties"), "abc");

        assertThat(command)
                .endsWith(
                        "kafka.tools.StorageTool", "format", "--cluster-id", "abc", "--config", "/p/server.properties");
    }

    private Service service(String module) {
        return plan.services().stream()
                .filter(service -> service.module().equals(module))
                .findFirst()
                .orElseThrow();
    }
}
