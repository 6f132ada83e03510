package dev.tandem.cta;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tandem.events.EventCatalog;
import dev.tandem.events.EventDescriptor;
import dev.tandem.events.TandemEvent;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.ContractStatus;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.health.HealthBand;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Drives cta-service as its neighbours would: events on their topics with CloudEvents headers, REST calls as a
 * cs-admin, and SQL reads of what it stored. Every test makes its own plan name and limits its rules to it, so rules of
 * one test never fire on another test's accounts.
 */
public final class Fixtures {

    public static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static TopicWriter writer;

    private Fixtures() {}

    public static String kafka() {
        return EmbeddedInfrastructure.shared().kafkaBootstrapServers();
    }

    /** A plan name no other test uses. */
    public static String plan() {
        return "plan-" + UUID.randomUUID();
    }

    /** Publishes {@code event} as its producer would; returns the CloudEvent id. */
    public static UUID send(TandemEvent event) {
        return send(UUID.randomUUID(), event);
    }

    public static synchronized UUID send(UUID id, TandemEvent event) {
        if (writer == null) {
            writer = new TopicWriter(kafka());
        }
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        try {
            writer.send(
                    descriptor.topic(),
                    event.subject(),
                    JSON.writeValueAsString(event),
                    TopicWriter.cloudEventHeaders(
                            id.toString(), descriptor.type(), descriptor.source(), event.subject()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Publishes {@code event} and waits until cta-service has applied it. */
    public static UUID apply(TandemEvent event) {
        UUID id = send(event);
        awaitApplied(id);
        return id;
    }

    public static void awaitApplied(UUID eventId) {
        await().atMost(WAIT)
                .until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = '" + eventId + "'") > 0);
    }

    /** An account on {@code plan} with {@code csmId} (null for none), known to cta-service when this returns. */
    public static UUID account(String plan, String csmId) {
        UUID id = UUID.randomUUID();
        apply(new AccountCreated(
                id,
                externalId(id),
                "Account " + id.toString().substring(0, 8),
                null,
                null,
                null,
                BillingModel.SUBSCRIPTION,
                plan,
                LifecycleStage.ADOPTION,
                TouchModel.HIGH,
                false,
                csmId,
                null,
                Instant.now()));
        return id;
    }

    public static String externalId(UUID account) {
        return "crm-" + account;
    }

    public static void contract(UUID account, int seats, String arr, LocalDate renewal) {
        apply(new ContractStarted(
                UUID.randomUUID(),
                account,
                "Growth",
                new BigDecimal(arr),
                "EUR",
                seats,
                LocalDate.now().minusMonths(6),
                renewal,
                true,
                ContractStatus.ACTIVE,
                null,
                Instant.now()));
    }

    public static void score(UUID account, Integer previous, int score, HealthBand previousBand, HealthBand band) {
        apply(new ScoreChanged(
                account, UUID.randomUUID(), previous, score, previousBand, band, List.of(), Instant.now()));
    }

    /** Creates a rule as a cs-admin from its JSON; returns its id. */
    public static UUID rule(String json) {
        String id = Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/rules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** A rule opening a RISK CTA with {@code reason} when {@code trigger} fires, limited to {@code plan}. */
    public static UUID ctaRule(String plan, String reason, String trigger) {
        return rule("""
                {"name": "%s", "trigger": %s, "scope": {"plans": ["%s"]},
                 "actions": [{"kind": "CREATE_CTA", "ctaType": "RISK", "reason": "%s", "priority": "HIGH"}]}
                """.formatted(reason, trigger, plan, reason));
    }

    public static long firings(UUID rule, UUID account) {
        return count(
                "SELECT count(*) FROM rule_firing WHERE rule_id = '" + rule + "' AND account_id = '" + account + "'");
    }

    public static long openCtas(UUID account) {
        return count("SELECT count(*) FROM cta WHERE status = 'OPEN' AND account_id = '" + account + "'");
    }

    public static long count(String sql) {
        String value = text(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Runs an insert, update or delete straight on cta-service's database, as a crash or an operator would leave it. */
    public static void execute(String sql) {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("cta"), "postgres", "");
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static String text(String sql) {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("cta"), "postgres", "");
                var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
