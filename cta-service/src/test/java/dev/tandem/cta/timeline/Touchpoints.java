package dev.tandem.cta.timeline;

import dev.tandem.cta.Fixtures;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserRole;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Touchpoint requests as the tests send them; {@code token} is a whole bearer token (TestTokens). */
final class Touchpoints {

    private Touchpoints() {}

    /** An end user of {@code account} in {@code role}, known to cta-service when this returns. */
    static UUID user(UUID account, UserRole role) {
        UUID id = UUID.randomUUID();
        Fixtures.apply(new UserCreated(
                id,
                account,
                "user-" + id,
                id + "@customer.example",
                "User " + id.toString().substring(0, 8),
                role,
                Seat.PAID,
                Instant.now(),
                null,
                Instant.now()));
        return id;
    }

    static String json(String type, Instant occurredAt, String subject, List<UUID> participants) {
        return json(type, occurredAt, subject, "Notes.", participants, null);
    }

    static String json(
            String type, Instant occurredAt, String subject, String body, List<UUID> participants, UUID ctaId) {
        String users = participants.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return """
                {"type": "%s", "occurredAt": "%s", "subject": "%s", "body": "%s", "participants": [%s],
                 "colleagues": ["sales-engineer"], "sentiment": "POSITIVE"%s}
                """.formatted(
                        type, occurredAt, subject, body, users, ctaId == null ? "" : ", \"ctaId\": \"" + ctaId + "\"");
    }

    static Response create(UUID account, String json, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/accounts/{a}/touchpoints", account);
    }

    static Response put(UUID account, String source, String externalId, String json, String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(json)
                .put("/api/v1/accounts/{a}/touchpoints/external/{s}/{e}", account, source, externalId);
    }

    static long stored(UUID account) {
        return Fixtures.count("SELECT count(*) FROM touchpoint WHERE account_id = '" + account + "'");
    }
}
