package dev.tandem.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code up} starts, in order, and on which ports: PostgreSQL, Kafka, Keycloak and the mail catcher, then the
 * services, the gateway last.
 *
 * @param services empty when only the infrastructure runs
 */
record StackPlan(
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        int keycloakManagementPort,
        int smtpPort,
        int mailWebPort,
        int mailKept,
        List<Service> services,
        Duration readyTimeout,
        Duration keycloakReadyTimeout,
        List<String> javaOptions,
        List<String> kafkaJavaOptions,
        List<String> keycloakJavaOptions) {

    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String KEYCLOAK = "keycloak";
    static final String MAIL = "mail";
    static final String GATEWAY = "gateway";
    static final String REALM = "tandem";
    private static final String LOOPBACK = "127.0.0.1";
    private static final int MAX_MAIL_KEPT = 100_000;

    StackPlan {
        services = List.copyOf(services);
        javaOptions = List.copyOf(javaOptions);
        kafkaJavaOptions = List.copyOf(kafkaJavaOptions);
        keycloakJavaOptions = List.copyOf(keycloakJavaOptions);
    }

    /** Reads the plan from the {@code TANDEM_*} variables, rejecting bad values and ports claimed twice. */
    static StackPlan from(Map<String, String> environment, boolean infraOnly) {
        List<Service> services = infraOnly ? List.of() : allServices(environment);
        StackPlan plan = new StackPlan(
                Setting.POSTGRES_PORT.portIn(environment),
                Setting.KAFKA_PORT.portIn(environment),
                Setting.KAFKA_CONTROLLER_PORT.portIn(environment),
                Setting.KEYCLOAK_PORT.portIn(environment),
                Setting.KEYCLOAK_MANAGEMENT_PORT.portIn(environment),
                Setting.SMTP_PORT.portIn(environment),
                Setting.MAIL_WEB_PORT.portIn(environment),
                mailKept(environment),
                services,
                timeout(environment, Setting.READY_TIMEOUT),
                timeout(environment, Setting.KEYCLOAK_READY_TIMEOUT),
                words(Setting.JAVA_OPTS.valueIn(environment)),
                words(Setting.KAFKA_JAVA_OPTS.valueIn(environment)),
                words(Setting.KEYCLOAK_JAVA_OPTS.valueIn(environment)));
        plan.rejectSharedPorts();
        return plan;
    }

    private static Duration timeout(Map<String, String> environment, Setting setting) {
        int seconds = setting.intIn(environment);
        if (seconds < 1) {
            throw new TandemException(setting.variable() + " must be at least 1 second.");
        }
        return Duration.ofSeconds(seconds);
    }

    // The catcher keeps its messages in memory: a bound keeps its heap small.
    private static int mailKept(Map<String, String> environment) {
        int kept = Setting.MAIL_KEPT.intIn(environment);
        if (kept < 1 || kept > MAX_MAIL_KEPT) {
            throw new TandemException(
                    Setting.MAIL_KEPT.variable() + " must be between 1 and " + MAX_MAIL_KEPT + ", not " + kept + ".");
        }
        return kept;
    }

    private static List<Service> allServices(Map<String, String> environment) {
        return List.of(
                withDatabase(environment, "account", Setting.ACCOUNT_PORT),
                withDatabase(environment, "health", Setting.HEALTH_PORT),
                withDatabase(environment, "cta", Setting.CTA_PORT),
                withDatabase(environment, "content", Setting.CONTENT_PORT),
                // Last, so the services it calls are already up when it starts.
                new Service(
                        GATEWAY,
                        GATEWAY,
                        Setting.GATEWAY_PORT.portIn(environment),
                        Setting.GATEWAY_PORT,
                        Optional.empty()));
    }

    private static Service withDatabase(Map<String, String> environment, String key, Setting port) {
        return new Service(key, key + "-service", port.portIn(environment), port, Optional.of(key));
    }

    private static List<String> words(String value) {
        return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    /** Every port the stack will listen on, with the component that wants it. */
    List<PortClaim> portClaims() {
        return portClaims(components());
    }

    /** The ports {@code components} will listen on. */
    List<PortClaim> portClaims(Collection<String> components) {
        List<PortClaim> claims = new ArrayList<>();
        if (components.contains(POSTGRES)) {
            claims.add(new PortClaim(postgresPort, POSTGRES, Setting.POSTGRES_PORT));
        }
        if (components.contains(KAFKA)) {
            claims.add(new PortClaim(kafkaPort, KAFKA, Setting.KAFKA_PORT));
            claims.add(new PortClaim(kafkaControllerPort, KAFKA + " (controller)", Setting.KAFKA_CONTROLLER_PORT));
        }
        if (components.contains(KEYCLOAK)) {
            claims.add(new PortClaim(keycloakPort, KEYCLOAK, Setting.KEYCLOAK_PORT));
            claims.add(new PortClaim(
                    keycloakManagementPort, KEYCLOAK + " (management)", Setting.KEYCLOAK_MANAGEMENT_PORT));
        }
        if (components.contains(MAIL)) {
            claims.add(new PortClaim(smtpPort, MAIL + " (SMTP)", Setting.SMTP_PORT));
            claims.add(new PortClaim(mailWebPort, MAIL, Setting.MAIL_WEB_PORT));
        }
        for (Service service : services) {
            if (components.contains(service.module())) {
                claims.add(new PortClaim(service.port(), service.module(), service.portSetting()));
            }
        }
        return claims;
    }

    /**
     * The components {@code component} needs running to start: every service needs Kafka and Keycloak (whose keys it
     * fetches at start-up), and its database; the infrastructure needs nothing.
     */
    List<String> dependencies(String component) {
        return services.stream()
                .filter(service -> service.module().equals(component))
                .findFirst()
                .map(service ->
                        service.database().isPresent() ? List.of(POSTGRES, KAFKA, KEYCLOAK) : List.of(KAFKA, KEYCLOAK))
                .orElse(List.of());
    }

    /** {@code name} if it is one of the components, else a usage error that lists them. */
    String component(String name) {
        if (!components().contains(name)) {
            throw new UsageException(
                    "Unknown component '" + name + "'. Components: " + String.join(", ", components()) + ".");
        }
        return name;
    }

    /** Component names in start order, though Keycloak starts alongside PostgreSQL and Kafka. */
    List<String> components() {
        List<String> names = new ArrayList<>(List.of(POSTGRES, KAFKA, KEYCLOAK, MAIL));
        services.forEach(service -> names.add(service.module()));
        return names;
    }

    List<String> databases() {
        return services.stream().flatMap(service -> service.database().stream()).toList();
    }

    String kafkaBootstrapServers() {
        return LOOPBACK + ":" + kafkaPort;
    }

    String reactiveUrl(String database) {
        return "postgresql://" + LOOPBACK + ":" + postgresPort + "/" + database;
    }

    String jdbcUrl(String database) {
        return "jdbc:" + reactiveUrl(database);
    }

    /** Also Keycloak's hostname, so the tokens' issuer is this URL whichever address a client used. */
    String keycloakUrl() {
        return "http://" + LOOPBACK + ":" + keycloakPort;
    }

    /** What the services get as {@code quarkus.oidc.auth-server-url}: the issuer of the realm's tokens. */
    String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** The catcher's page of the mail the stack sent. */
    String mailUrl() {
        return "http://" + LOOPBACK + ":" + mailWebPort;
    }

    String mailReadyUrl() {
        return mailUrl() + "/health";
    }

    String keycloakReadyUrl() {
        return "http://" + LOOPBACK + ":" + keycloakManagementPort + "/health/ready";
    }

    private void rejectSharedPorts() {
        Map<Integer, List<PortClaim>> byPort = portClaims().stream()
                .collect(Collectors.groupingBy(PortClaim::port, HashMap::new, Collectors.toList()));
        for (List<PortClaim> claims : byPort.values()) {
            if (claims.size() > 1) {
                throw new TandemException(
                        "Port " + claims.get(0).port() + " is configured for more than one component: "
                                + claims.stream()
                                        .map(claim -> claim.owner() + " ("
                                                + claim.setting().variable() + ")")
                                        .collect(Collectors.joining(", "))
                                + ".");
            }
        }
    }
}
