package dev.tandem.launcher;

import java.util.Map;

/**
 * An environment variable that tunes the local stack, with its default.
 *
 * <p>The values in force at {@code up} are saved under {@code .tandem/run}, so {@code status} and {@code down} find the
 * same ports even from a shell that lacks the variables.
 */
enum Setting {
    POSTGRES_PORT("TANDEM_POSTGRES_PORT", "15432", "PostgreSQL port"),
    KAFKA_PORT("TANDEM_KAFKA_PORT", "19092", "Kafka broker port (clients)"),
    KAFKA_CONTROLLER_PORT("TANDEM_KAFKA_CONTROLLER_PORT", "19093", "Kafka controller port (internal)"),
    GATEWAY_PORT("TANDEM_GATEWAY_PORT", "8080", "gateway HTTP port"),
    ACCOUNT_PORT("TANDEM_ACCOUNT_PORT", "8081", "account-service HTTP port"),
    HEALTH_PORT("TANDEM_HEALTH_PORT", "8082", "health-service HTTP port"),
    CTA_PORT("TANDEM_CTA_PORT", "8083", "cta-service HTTP port"),
    CONTENT_PORT("TANDEM_CONTENT_PORT", "8084", "content-service HTTP port"),
    KEYCLOAK_PORT("TANDEM_KEYCLOAK_PORT", "18080", "Keycloak HTTP port"),
    KEYCLOAK_MANAGEMENT_PORT("TANDEM_KEYCLOAK_MANAGEMENT_PORT", "19000", "Keycloak management port (health)"),
    SMTP_PORT("TANDEM_SMTP_PORT", "1025", "mail catcher's SMTP port (cta-service sends here)"),
    MAIL_WEB_PORT("TANDEM_MAIL_PORT", "8025", "mail catcher's page of the mail sent"),
    MAIL_KEPT("TANDEM_MAIL_KEPT", "1000", "messages the mail catcher keeps (the newest)"),
    READY_TIMEOUT("TANDEM_READY_TIMEOUT", "120", "seconds each component but Keycloak may take to become ready"),
    // Keycloak builds itself on its first start: about 30 s on two cores, more on a busy machine.
    KEYCLOAK_READY_TIMEOUT(
            "TANDEM_KEYCLOAK_READY_TIMEOUT", "180", "seconds Keycloak may take to become ready (first start is slow)"),
    // C1 only and the serial collector: a local stack on a small machine wants fast starts, not peak throughput.
    JAVA_OPTS("TANDEM_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m", "JVM options of each service"),
    KAFKA_JAVA_OPTS(
            "TANDEM_KAFKA_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m", "JVM options of Kafka"),
    // Measured on two cores: a first start in 26 s instead of 50 s with kc.sh's own G1 options, later ones in 6 s.
    KEYCLOAK_JAVA_OPTS(
            "TANDEM_KEYCLOAK_JAVA_OPTS",
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m",
            "JVM options of Keycloak, in place of kc.sh's");

    private final String variable;
    private final String defaultValue;
    private final String description;

    Setting(String variable, String defaultValue, String description) {
        this.variable = variable;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    String variable() {
        return variable;
    }

    String defaultValue() {
        return defaultValue;
    }

    String description() {
        return description;
    }

    /** The value in {@code environment}, or the default when it is absent or blank. */
    String valueIn(Map<String, String> environment) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    int portIn(Map<String, String> environment) {
        int port = intIn(environment);
        if (port < 1 || port > 65535) {
            throw new TandemException(variable + " must be a port between 1 and 65535, not " + port + ".");
        }
        return port;
    }

    int intIn(Map<String, String> environment) {
        String value = valueIn(environment);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new TandemException(variable + " must be a whole number, not '" + value + "'.");
        }
    }
}
