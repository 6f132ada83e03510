package dev.tandem.health;

import dev.tandem.events.Topics;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.kafka.TopicWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Signals of past days and contracts, sent as an integrator and account-service would, for history tests. */
public final class TestSignals {

    private TestSignals() {}

    /** One signal, as an item of a batch. */
    public static String signal(String account, String user, String type, String name, LocalDate day) {
        return """
                {"eventId": "%s", "accountId": "%s", "userId": %s, "type": "%s", "name": %s, "occurredAt": "%s"}
                """.formatted(
                        UUID.randomUUID(),
                        account,
                        user == null ? "null" : "\"" + user + "\"",
                        type,
                        name == null ? "null" : "\"" + name + "\"",
                        occurredOn(day));
    }

    /** Noon of the day, or a minute ago for today's before noon: signals from the future are refused. */
    private static Instant occurredOn(LocalDate day) {
        Instant noon = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Instant aMinuteAgo = Instant.now().minusSeconds(60);
        return noon.isAfter(aMinuteAgo) ? aMinuteAgo : noon;
    }

    /** Posts the items, up to 1,000 a batch. */
    public static void post(List<String> items) {
        for (int from = 0; from < items.size(); from += 1_000) {
            TestAccounts.post("{\"signals\": ["
                    + String.join(",", items.subList(from, Math.min(items.size(), from + 1_000))) + "]}");
        }
    }

    /** A login and a feature use by each user on each of the days, features named after the users. */
    public static List<String> usage(String account, List<String> users, LocalDate from, LocalDate to) {
        List<String> items = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (String user : users) {
                items.add(signal(account, user, "login", null, day));
                items.add(signal(account, user, "feature_used", "feature-" + user, day));
            }
        }
        return items;
    }

    /** Announces a running contract of {@code seats} seats that started on {@code start}. */
    public static void contract(UUID accountId, int seats, LocalDate start) {
        try (var writer = new TopicWriter(EmbeddedInfrastructure.shared().kafkaBootstrapServers())) {
            writer.send(
                    Topics.ACCOUNT_EVENTS,
                    accountId.toString(),
                    """
                    {"contractId": "%s", "accountId": "%s", "plan": "Growth", "arr": 30000, "currency": "EUR",
                     "seats": %d, "startDate": "%s", "renewalDate": "%s", "autoRenew": true,
                     "status": "ACTIVE", "endReason": null, "occurredAt": "%s"}
                    """.formatted(UUID.randomUUID(), accountId, seats, start, start.plusYears(1), Instant.now()),
                    TopicWriter.cloudEventHeaders(
                            UUID.randomUUID().toString(),
                            ContractStarted.TYPE,
                            "/account-service",
                            accountId.toString()));
        }
    }
}
