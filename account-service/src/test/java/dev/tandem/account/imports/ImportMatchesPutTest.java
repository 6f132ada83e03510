package dev.tandem.account.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.account.TestAccounts;
import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserUpdated;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The bulk import applies its rows exactly as their PUTs would, one after another. The same rows go once as PUTs and
 * once as a file to twin accounts set up alike, and each twin must end with the same events, in the same order, and
 * the same audit entries, ids and times aside. The file repeats a row with a change, holds rows already stored
 * (unchanged and changed), and bad rows, which the PUTs never see.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class ImportMatchesPutTest {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANT_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private final String integrator = "csv-twin-" + UUID.randomUUID();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAccountsFileChangesWhatItsPutsWouldAndAnnouncesItAlike() {
        String byPut = "twin-put-" + run + "-";
        String byFile = "twin-csv-" + run + "-";
        for (String prefix : List.of(byPut, byFile)) {
            putAccount(prefix + "keep", Map.of("name", "Keep", "plan", "FREE"));
            putAccount(prefix + "change", Map.of("name", "Old", "plan", "FREE"));
        }
        List<Map<String, String>> rows = List.of(
                Map.of("externalId", "new", "name", "New", "plan", "FREE", "industry", "Software"),
                Map.of("externalId", "new", "name", "New", "plan", "TRIAL", "industry", "Software"),
                Map.of("externalId", "keep", "name", "Keep", "plan", "FREE"),
                Map.of("externalId", "change", "name", "Changed", "plan", "FREE", "industry", "Retail"));
        rows.forEach(row -> putAccount(byPut + row.get("externalId"), without(row, "externalId")));

        StringBuilder csv = new StringBuilder("externalId,name,plan,industry\n");
        rows.forEach(row -> csv.append(byFile)
                .append(String.join(
                        ",", row.get("externalId"), row.get("name"), row.get("plan"), row.getOrDefault("industry", "")))
                .append('\n'));
        csv.append("not an id,Bad,FREE,\n").append(byFile).append("bad,,FREE,\n");
        JsonPath job = importFile("accounts", csv.toString());

        assertThat(job.getInt("rowsImported")).isEqualTo(4);
        assertThat(job.getInt("rowsFailed")).isEqualTo(2);
        assertThat(awaitEvents(byFile + "new", 2)).containsExactly(AccountCreated.TYPE, AccountUpdated.TYPE);
        assertThat(awaitEvents(byFile + "keep", 1)).containsExactly(AccountCreated.TYPE);
        assertThat(awaitEvents(byFile + "change", 2)).containsExactly(AccountCreated.TYPE, AccountUpdated.TYPE);
        for (String account : List.of("new", "keep", "change")) {
            awaitEvents(byPut + account, "keep".equals(account) ? 1 : 2);
            assertThat(events(byFile + account, byFile))
                    .as("events of %s", account)
                    .isEqualTo(events(byPut + account, byPut));
            assertThat(audit(byFile + account)).as("audit of %s", account).isEqualTo(audit(byPut + account));
        }
        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", byFile + "bad")
                .then()
                .statusCode(404);
    }

    @Test
    void aUsersFileChangesWhatItsPutsWouldAndAnnouncesItAlike() {
        String byPut = TestAccounts.create("Twin", "FREE");
        String byFile = TestAccounts.create("Twin", "FREE");
        for (String account : List.of(byPut, byFile)) {
            putUser(account, "keep", Map.of("email", "keep@example.com", "role", "ADMIN"));
            putUser(account, "change", Map.of("email", "change@example.com", "name", "Old"));
        }
        List<Map<String, String>> rows = List.of(
                Map.of("externalId", "u1", "email", "u1@example.com", "role", "MEMBER"),
                Map.of("externalId", "u2", "email", "u2@example.com", "invitedBy", "u1"),
                Map.of("externalId", "u1", "email", "u1@example.com", "role", "ADMIN", "seat", "PAID"),
                Map.of("externalId", "keep", "email", "keep@example.com", "role", "ADMIN"),
                Map.of("externalId", "change", "email", "change@example.com", "name", "New", "invitedBy", "keep"));
        rows.forEach(row -> putUser(byPut, row.get("externalId"), without(row, "externalId")));

        StringBuilder csv = new StringBuilder("accountExternalId,externalId,email,name,role,seat,invitedBy\n");
        rows.forEach(row -> csv.append(String.join(
                        ",",
                        byFile,
                        row.get("externalId"),
                        row.get("email"),
                        row.getOrDefault("name", ""),
                        row.getOrDefault("role", ""),
                        row.getOrDefault("seat", ""),
                        row.getOrDefault("invitedBy", "")))
                .append('\n'));
        csv.append(byFile).append(",u3,,,,,ghost\n");
        csv.append(byFile).append(",u4,,,,,u4\n");
        csv.append("no-such-account-").append(run).append(",u5,,,,,\n");
        JsonPath job = importFile("users", csv.toString());

        assertThat(job.getInt("rowsImported")).isEqualTo(5);
        assertThat(job.getInt("rowsFailed")).isEqualTo(3);
        // The account's creation, the two users set up, then the file's: u1, u2, u1 again and the changed one.
        assertThat(awaitEvents(byFile, 7))
                .containsExactly(
                        AccountCreated.TYPE,
                        UserCreated.TYPE,
                        UserCreated.TYPE,
                        UserCreated.TYPE,
                        UserCreated.TYPE,
                        UserUpdated.TYPE,
                        UserUpdated.TYPE);
        awaitEvents(byPut, 7);
        assertThat(events(byFile, byFile)).isEqualTo(events(byPut, byPut));
        assertThat(audit(byFile)).isEqualTo(audit(byPut));
    }

    @Test
    void aContractsFileMovesItsAccountsAsItsPutsWouldAndAnnouncesItAlike() {
        String byPut = TestAccounts.create("Twin", "FREE");
        String byFile = TestAccounts.create("Twin", "FREE");
        LocalDate start = LocalDate.now().minusDays(2);
        for (String account : List.of(byPut, byFile)) {
            putContract(account, "kept", contract("Starter", "5000", start, start.plusYears(1)));
        }
        // A contract started, renewed in a later row of the same file, one left as it is and one more started: the
        // account's ARR, touch model and stage move with them, and the renewal closes a term and opens the next.
        List<Map<String, String>> rows = List.of(
                withId("c1", contract("Growth", "60000", start, start.plusYears(1))),
                withId("c1", contract("Growth", "60000", start, start.plusYears(2))),
                withId("kept", contract("Starter", "5000", start, start.plusYears(1))),
                withId("c2", contract("Starter", "1000", start, start.plusYears(1))));
        rows.forEach(row -> putContract(byPut, row.get("externalId"), without(row, "externalId")));

        List<String> columns = List.of("externalId", "plan", "arr", "currency", "seats", "startDate", "renewalDate");
        StringBuilder csv = new StringBuilder("accountExternalId," + String.join(",", columns) + "\n");
        rows.forEach(row -> csv.append(byFile)
                .append(',')
                .append(String.join(",", columns.stream().map(row::get).toList()))
                .append('\n'));
        csv.append(byFile)
                .append(",c3,Growth,-5,EUR,1,")
                .append(start)
                .append(',')
                .append(start.plusYears(1));
        csv.append("\nno-such-account-")
                .append(run)
                .append(",c4,Growth,5,EUR,1,")
                .append(start);
        csv.append(',').append(start.plusYears(1)).append('\n');
        JsonPath job = importFile("contracts", csv.toString());

        assertThat(job.getInt("rowsImported")).isEqualTo(4);
        assertThat(job.getInt("rowsFailed")).isEqualTo(2);
        assertThat(awaitEvents(byFile, 5))
                .containsSubsequence(
                        ContractStarted.TYPE, ContractStarted.TYPE, ContractRenewed.TYPE, ContractStarted.TYPE);
        awaitEvents(byPut, 5);
        assertThat(events(byFile, byFile)).isEqualTo(events(byPut, byPut));
        assertThat(audit(byFile)).isEqualTo(audit(byPut));
        assertThat(contracts(byFile)).isEqualTo(contracts(byPut));
        assertThat(standing(byFile)).isEqualTo(standing(byPut));
    }

    private static Map<String, String> contract(String plan, String arr, LocalDate start, LocalDate renewal) {
        return Map.of(
                "plan",
                plan,
                "arr",
                arr,
                "currency",
                "EUR",
                "seats",
                "10",
                "startDate",
                start.toString(),
                "renewalDate",
                renewal.toString());
    }

    private static Map<String, String> withId(String externalId, Map<String, String> body) {
        Map<String, String> row = new HashMap<>(body);
        row.put("externalId", externalId);
        return row;
    }

    /** PUTs the contract row as JSON, where numbers are numbers (the PUT does not coerce text). */
    private void putContract(String account, String contract, Map<String, String> row) {
        Map<String, Object> body = new HashMap<>(row);
        body.put("arr", new BigDecimal(row.get("arr")));
        body.put("seats", Integer.parseInt(row.get("seats")));
        Api.asClient(integrator)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/{id}/contracts/{contract}", account, contract)
                .then()
                .statusCode(oneOf(200, 201));
    }

    /** The account's contracts and their terms, ids and times aside. */
    private List<String> contracts(String account) {
        String listed = Api.asClient(integrator)
                .get("/api/v1/accounts/{id}/contracts", account)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> shown = new ArrayList<>(List.of(neutral(listed, account)));
        for (String contract : List.of("kept", "c1", "c2")) {
            shown.add(neutral(
                    Api.as(TestTokens.CS_ADMIN)
                            .get("/api/v1/accounts/{id}/contracts/{contract}/terms", account, contract)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString(),
                    account));
        }
        return shown;
    }

    /** What the account's contracts moved: ARR, next renewal, touch model and stage. */
    private List<Object> standing(String account) {
        JsonPath found = Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return List.of(
                String.valueOf(found.getString("arr")),
                String.valueOf(found.getString("nextRenewalDate")),
                String.valueOf(found.getString("touchModel")),
                String.valueOf(found.getString("stage")));
    }

    private void putAccount(String externalId, Map<String, String> body) {
        Api.asClient(integrator)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/{id}", externalId)
                .then()
                .statusCode(oneOf(200, 201));
    }

    private void putUser(String account, String user, Map<String, String> body) {
        Api.asClient(integrator)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/accounts/{id}/users/{user}", account, user)
                .then()
                .statusCode(oneOf(200, 201));
    }

    private static Map<String, String> without(Map<String, String> row, String column) {
        Map<String, String> body = new HashMap<>(row);
        body.remove(column);
        return body;
    }

    private JsonPath importFile(String kind, String csv) {
        String jobId = Api.asClient(integrator)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/imports/{kind}", kind)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "COMPLETED"
                        .equals(Api.as(TestTokens.CS_ADMIN)
                                .get("/api/v1/imports/{id}", jobId)
                                .then()
                                .extract()
                                .path("status")));
        return Api.asClient(integrator)
                .get("/api/v1/imports/{id}", jobId)
                .then()
                .extract()
                .jsonPath();
    }

    /** The types of the account's events, once at least {@code count} have been published. */
    private List<String> awaitEvents(String externalId, int count) {
        String id = TestAccounts.idOf(externalId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> records(id, Duration.ofSeconds(1)).size() >= count);
        return records(id, Duration.ofSeconds(2)).stream()
                .map(r -> TopicReader.header(r, "ce_type"))
                .toList();
    }

    /** The account's events as published, in order, with ids, times and the twin's prefix left out. */
    private List<String> events(String externalId, String prefix) {
        List<String> events = new ArrayList<>();
        for (var record : records(TestAccounts.idOf(externalId), Duration.ofSeconds(2))) {
            try {
                ObjectNode payload = (ObjectNode) json.readTree(record.value());
                events.add(TopicReader.header(record, "ce_type") + " " + neutral(payload.toString(), prefix));
            } catch (IOException e) {
                throw new AssertionError("An event that is not JSON: " + record.value(), e);
            }
        }
        return events;
    }

    private List<String> audit(String externalId) {
        List<String> entries = Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/accounts/{id}/audit", externalId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.collect { it.action + ' ' + it.client + ' ' + it.summary }");
        return entries.stream().map(entry -> neutral(entry, externalId)).toList();
    }

    private List<ConsumerRecord<String, String>> records(String accountId, Duration wait) {
        return topics.findAll(Topics.ACCOUNT_EVENTS, r -> accountId.equals(r.key()), wait);
    }

    private static String neutral(String text, String prefix) {
        String withoutIds = UUID_TEXT.matcher(text.replace(prefix, "<twin>")).replaceAll("<id>");
        return INSTANT_TEXT.matcher(withoutIds).replaceAll("<time>");
    }
}
