package dev.tandem.launcher;

import dev.tandem.launcher.catcher.MailCatcher;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code java} command lines of the stack's JVMs: the services, the Kafka broker, Kafka's storage tool and the mail
 * catcher.
 *
 * <p>Each carries two {@code -Dtandem-stack.*} markers naming the state directory and the component, which is how
 * {@link PidFiles} recognises the processes later.
 */
final class JavaCommands {

    private final Path java;
    private final String classPath;
    private final StateLayout layout;
    private final StackPlan plan;

    JavaCommands(Path java, String classPath, StateLayout layout, StackPlan plan) {
        this.java = java;
        this.classPath = classPath;
        this.layout = layout;
        this.plan = plan;
    }

    /** For the launcher's own JVM: the same {@code java}, and its class path, which holds the Kafka broker. */
    static JavaCommands ofCurrentJvm(StateLayout layout, StackPlan plan) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // Absolute entries, so the class path still works whatever directory a child starts in.
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        return new JavaCommands(java, classPath, layout, plan);
    }

    /**
     * The class path of the Kafka JVMs, which they get as {@code CLASSPATH}: on their command line it would push the
     * markers past the 4 KiB of it that {@link ProcessHandle.Info} reads, and bury them in {@code ps}.
     */
    String classPath() {
        return classPath;
    }

    // Not under "tandem.": the services map that prefix with @ConfigMapping, which rejects keys it does not know.
    static String stateMarker(StateLayout layout) {
        return "-Dtandem-stack.state=" + layout.stateDirectory();
    }

    static String componentMarker(String component) {
        return "-Dtandem-stack.component=" + component;
    }

    /**
     * Local stack only: GraphiQL at the gateway's {@code /q/graphql-ui} opens in a browser without a token (its calls
     * to {@code /graphql} carry the one pasted into its headers, from {@code ./tandem token <user>}), and introspection
     * answers. Production serves neither.
     */
    static final List<String> EXPLORER = List.of(
            "-Dtandem.explorer.enabled=true",
            "-Dquarkus.smallrye-graphql.field-visibility=default",
            "-Dquarkus.http.auth.permission.graphql-ui.policy=permit");

    List<String> service(Service service) {
        List<String> command = start(service.module(), plan.javaOptions());
        command.add("-Dquarkus.http.port=" + service.port());
        // Like the rest of the stack, the services answer on this machine only: its credentials are public.
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dkafka.bootstrap.servers=" + plan.kafkaBootstrapServers());
        command.add("-Dquarkus.oidc.auth-server-url=" + plan.realmUrl());
        if (!service.key().equals(StackPlan.GATEWAY)) {
            // Local stack only: Swagger UI opens in a browser without a token (its calls still need one). Not the
            // gateway's: there one permission covers /graphql too, which must keep requiring a token.
            command.add("-Dquarkus.http.auth.permission.api-docs.policy=permit");
        }
        service.database().ifPresent(database -> {
            command.add("-Dquarkus.datasource.reactive.url=" + plan.reactiveUrl(database));
            command.add("-Dquarkus.datasource.jdbc.url=" + plan.jdbcUrl(database));
            command.add("-Dquarkus.datasource.username=postgres");
            command.add("-Dquarkus.datasource.password=");
        });
        if (service.key().equals("cta") || service.key().equals("account")) {
            // The team directory's client (GET /csms; an account's CSM by e-mail or user name), with the public secret
            // the stack's Keycloak gives it; the realm is the token issuer's.
            command.add("-Dtandem.directory.client-secret=" + KeycloakCommand.DIRECTORY_CLIENT_SECRET);
        }
        if (service.key().equals("cta")) {
            // Local stack only, and public: the key cta-service signs its outbound webhooks with, so that rules'
            // webhooks
            // are sent here too. A real installation sets its own secret (k8s: the cta-service-delivery Secret).
            command.add("-Dtandem.cta.delivery.secret=dev-only-webhook-secret");
            // The schedulers (renewals, onboarding overdue, weekly activity) run every minute instead of every hour, so
            // the demo company's renewal CTAs show soon after it is seeded. Each run is idempotent.
            command.add("-Dtandem.cta.rules.schedule-interval=1m");
            command.addAll(mailer(service));
        }
        if (service.key().equals(StackPlan.GATEWAY)) {
            // Where the console (served by the gateway) sends the browser to sign in.
            command.add("-Dtandem.console.keycloak-url=" + plan.keycloakUrl());
            command.addAll(EXPLORER);
            for (Service other : plan.services()) {
                if (!other.key().equals(StackPlan.GATEWAY)) {
                    // 127.0.0.1 rather than localhost, which may resolve to ::1 where nothing listens.
                    command.add("-Dtandem.services." + other.key() + ".url=http://127.0.0.1:" + other.port());
                }
            }
        }
        command.add("-jar");
        command.add(service.jar(layout.root()).toString());
        return command;
    }

    /**
     * Local stack only: cta-service's e-mail (surveys, notifications) really goes out, to the mail catcher, whose page
     * shows it; survey links point at the service itself and are signed with a public key.
     */
    List<String> mailer(Service cta) {
        return List.of(
                "-Dquarkus.mailer.mock=false",
                "-Dquarkus.mailer.host=127.0.0.1",
                "-Dquarkus.mailer.port=" + plan.smtpPort(),
                "-Dquarkus.mailer.tls=false",
                "-Dquarkus.mailer.start-tls=DISABLED",
                "-Dtandem.cta.email.public-base-url=http://127.0.0.1:" + cta.port(),
                "-Dtandem.cta.email.link-secret=" + MAIL_LINK_SECRET);
    }

    static final String MAIL_LINK_SECRET = "dev-only-link-secret";

    /** The catcher runs from the launcher's class path, which holds GreenMail, like the broker. */
    List<String> mailCatcher() {
        List<String> command =
                start(StackPlan.MAIL, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m"));
        command.addAll(kafkaLogging());
        command.addAll(List.of(
                MailCatcher.class.getName(),
                String.valueOf(plan.smtpPort()),
                String.valueOf(plan.mailWebPort()),
                String.valueOf(plan.mailKept())));
        return command;
    }

    List<String> kafkaBroker(Path serverProperties) {
        List<String> command = start(StackPlan.KAFKA, plan.kafkaJavaOptions());
        command.addAll(kafkaLogging());
        command.addAll(List.of("kafka.Kafka", serverProperties.toString()));
        return command;
    }

    List<String> kafkaFormat(Path serverProperties, String clusterId) {
        List<String> command = start(StackPlan.KAFKA + "-format", plan.kafkaJavaOptions());
        command.addAll(kafkaLogging());
        command.addAll(List.of(
                "kafka.tools.StorageTool",
                "format",
                "--cluster-id",
                clusterId,
                "--config",
                serverProperties.toString()));
        return command;
    }

    private List<String> start(String component, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(stateMarker(layout));
        command.add(componentMarker(component));
        command.addAll(options);
        return command;
    }

    private static List<String> kafkaLogging() {
        return List.of(
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.logFile=System.out");
    }
}
