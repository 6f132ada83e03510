package dev.tandem.content;

import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.signal.Signal;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.restassured.http.ContentType;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/** What the tests of this module create over and over: catalog entries, programs, and other services' events. */
public final class Fixtures {

    private static final Random RANDOM = new Random();

    private Fixtures() {}

    public static String kafka() {
        return EmbeddedInfrastructure.shared().kafkaBootstrapServers();
    }

    /** A word no other test uses, letters only, so that full-text search treats it as one plain word. */
    public static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    public static UUID useCase(String name, int questions, int minutes) {
        return UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "questionsPerMonth": %d, "minutesPerCustomer": %d}
                        """.formatted(name, questions, minutes))
                .post("/api/v1/use-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** Creates an item from a JSON body and returns its id. */
    public static UUID item(String json) {
        return UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/content")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static UUID program(String json) {
        return UUID.fromString(Api.as(TestTokens.CS_ADMIN)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** The CSM of {@code Api.as(TestTokens.CSM)}, who works the fixtures' accounts unless a test names another. */
    public static final String CSM = "csm-user";

    public static void accountCreated(UUID account, String externalId, String plan, String touchModel) {
        accountCreated(account, externalId, plan, touchModel, CSM);
    }

    /** @param csmId the account's CSM, or null for none */
    public static void accountCreated(UUID account, String externalId, String plan, String touchModel, String csmId) {
        send(Topics.ACCOUNT_EVENTS, account.toString(), AccountCreated.TYPE, "/account-service", """
                {"accountId": "%s", "externalId": "%s", "name": "Acme", "industry": null, "employeeBand": null,
                 "parentAccountId": null, "billingModel": "SUBSCRIPTION", "plan": "%s", "stage": "ONBOARDING",
                 "touchModel": "%s", "community": false, "csmId": %s, "cohort": null,
                 "occurredAt": "2026-01-01T10:00:00Z"}
                """.formatted(
                        account, externalId, plan, touchModel, csmId == null ? "null" : "\"" + csmId + "\""));
    }

    public static void userCreated(UUID account, UUID user, String externalId, String role) {
        send(Topics.ACCOUNT_EVENTS, account.toString(), UserCreated.TYPE, "/account-service", """
                {"userId": "%s", "accountId": "%s", "externalId": "%s", "email": null, "name": "Ana",
                 "role": "%s", "seat": null, "signedUpAt": null, "invitedByUserId": null,
                 "occurredAt": "2026-01-01T10:00:00Z"}
                """.formatted(
                        user, account, externalId, role));
    }

    public static void contractStarted(UUID account, UUID contract, String plan, int arr, LocalDate start) {
        contractStarted(account, contract, plan, arr, start, start.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    /** A contract account-service heard of at {@code heardAt}: a first sync sends long-started contracts. */
    public static void contractStarted(
            UUID account, UUID contract, String plan, int arr, LocalDate start, Instant heardAt) {
        send(Topics.ACCOUNT_EVENTS, account.toString(), ContractStarted.TYPE, "/account-service", """
                {"contractId": "%s", "accountId": "%s", "plan": "%s", "arr": %d, "currency": "EUR",
                 "seats": 10, "startDate": "%s", "renewalDate": "%s", "autoRenew": true,
                 "status": "ACTIVE", "endReason": null, "occurredAt": "%s"}
                """.formatted(
                        contract, account, plan, arr, start, start.plusYears(1), heardAt));
    }

    /** A signal as an integrator sends it straight to signals.raw; the CloudEvent id is fresh every time. */
    public static void signal(String externalAccount, String eventId, String json) {
        send(
                Topics.SIGNALS_RAW,
                externalAccount,
                Signal.TYPE,
                "/health-service",
                json.formatted(externalAccount, eventId));
    }

    public static void send(String topic, String key, String type, String source, String data) {
        try (var writer = new TopicWriter(kafka())) {
            writer.send(
                    topic,
                    key,
                    data,
                    TopicWriter.cloudEventHeaders(UUID.randomUUID().toString(), type, source, key));
        }
    }

    /** The first column of the first row of a query on the content database, as text; null without rows. */
    public static String sql(String query) {
        var postgres = EmbeddedInfrastructure.shared().postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("content"), "postgres", "");
                var result = connection.createStatement().executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
