package dev.tandem.account.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.tandem.account.TestAccounts;
import dev.tandem.account.imports.domain.ImportJob;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.account.imports.domain.ImportStatus;
import dev.tandem.account.imports.repository.ImportJobRepository;
import dev.tandem.events.Topics;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.kafka.TopicReader;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class ImportTest {

    /** A client of its own per test: integrators are rate limited per client, and each test uploads and reads. */
    private final String integrator = "csv-sync-" + UUID.randomUUID();

    private final TopicReader topics =
            new TopicReader(EmbeddedInfrastructure.shared().kafkaBootstrapServers());

    @Inject
    ImportJobRepository jobs;

    @Test
    void goodRowsCommitAndBadRowsAreReportedByRowAndColumn() {
        String prefix = "imp-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = """
                externalId,name,plan,billingModel,industry
                %1$sa,"Acme, Inc.",TRIAL,SUBSCRIPTION,Software
                %1$sb,,FREE,,
                %1$sc,Globex,FREE,MONTHLY,
                not an id,Initech,FREE,,
                %1$sd,Umbrella,,ONE_OFF,Pharma
                %1$se,Too,Many,Fields,Here,Extra
                """.formatted(prefix);

        String jobId = upload("accounts", csv).statusCode(202).extract().path("id");
        JsonPath job = awaitFinished(jobId);

        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("rowsTotal")).isEqualTo(6);
        assertThat(job.getInt("rowsImported")).isEqualTo(2);
        assertThat(job.getInt("rowsFailed")).isEqualTo(4);
        List<String> errors = Api.asClient(integrator)
                .get("/api/v1/imports/{id}/errors", jobId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.collect { it.row + '/' + it.column + ': ' + it.reason }");
        assertThat(errors)
                .hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("3/name: must not be blank"))
                .anySatisfy(e -> assertThat(e).startsWith("4/billingModel: must be one of"))
                .anySatisfy(e -> assertThat(e).startsWith("5/externalId: must be 1-128"))
                .anySatisfy(e -> assertThat(e).startsWith("7/null: has 6 fields where the header has 5"));

        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", prefix + "a")
                .then()
                .statusCode(200)
                .body("name", equalTo("Acme, Inc."))
                .body("stage", equalTo("TRIAL"))
                .body("industry", equalTo("Software"));
        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", prefix + "d")
                .then()
                .statusCode(200)
                .body("billingModel", equalTo("ONE_OFF"))
                .body("plan", equalTo("FREE"));
        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", prefix + "c")
                .then()
                .statusCode(404);
    }

    @Test
    void importedAccountsAreAnnouncedOnceAndAReimportChangesNothing() {
        String prefix = "rep-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = "externalId,name,signedUpAt\n%1$sa,Alpha,2026-08-03T10:00:00Z\n%1$sb,Beta,\n".formatted(prefix);

        awaitFinished(upload("accounts", csv).statusCode(202).extract().path("id"));
        JsonPath again =
                awaitFinished(upload("accounts", csv).statusCode(202).extract().path("id"));

        assertThat(again.getInt("rowsImported")).isEqualTo(2);
        String alpha = TestAccounts.idOf(prefix + "a");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !topics.findAll(Topics.ACCOUNT_EVENTS, r -> alpha.equals(r.key()), Duration.ofSeconds(1))
                        .isEmpty());
        var events = topics.findAll(Topics.ACCOUNT_EVENTS, r -> alpha.equals(r.key()), Duration.ofSeconds(3));
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(AccountCreated.TYPE);
        assertThat(events.get(0).value())
                .as("a first sync dates the account from its sign-up")
                .contains("\"occurredAt\":\"2026-08-03T10:00:00Z\"");
        Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/accounts/{id}/audit", prefix + "a")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("account.created"))
                .body("items.client", hasItem(integrator));
    }

    @Test
    void usersNeedTheirAccountAndAnInviterInAnEarlierRow() {
        String account = TestAccounts.create("Import Users", "FREE");
        String csv = """
                accountExternalId,externalId,email,role,seat,invitedBy
                %1$s,u1,ada@example.com,ADMIN,PAID,
                %1$s,u2,bob@example.com,EXECUTIVE_SPONSOR,,u1
                %1$s,u3,cy@example.com,,,u4
                %1$s,u4,dee@example.com,,,
                no-such-account,u5,eve@example.com,,,
                %1$s,u6,not-an-email,,,
                """.formatted(account);

        String jobId = upload("users", csv).statusCode(202).extract().path("id");
        JsonPath job = awaitFinished(jobId);

        assertThat(job.getInt("rowsImported")).isEqualTo(3);
        Api.asClient(integrator)
                .get("/api/v1/imports/{id}/errors", jobId)
                .then()
                .statusCode(200)
                .body("items.row", equalTo(List.of(4, 6, 7)))
                .body("items.column", equalTo(List.of("invitedBy", "accountExternalId", "email")));
        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}/users/{user}", account, "u2")
                .then()
                .statusCode(200)
                .body("email", equalTo("bob@example.com"))
                .body("role", equalTo("EXECUTIVE_SPONSOR"));
    }

    @Test
    void contractsMoveTheirAccountsAsThePutDoes() {
        String account = TestAccounts.create("Import Contracts", "FREE");
        LocalDate start = LocalDate.now().minusDays(2);
        String csv = """
                accountExternalId,externalId,plan,arr,currency,seats,startDate,renewalDate,autoRenew
                %1$s,c1,Growth,60000,EUR,40,%2$s,%3$s,true
                %1$s,c2,Growth,60000,EUR,40,%2$s,%2$s,yes
                """.formatted(account, start, start.plusYears(1));

        String jobId = upload("contracts", csv).statusCode(202).extract().path("id");
        JsonPath job = awaitFinished(jobId);

        assertThat(job.getInt("rowsImported")).isEqualTo(1);
        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", account)
                .then()
                .statusCode(200)
                .body("stage", equalTo("ONBOARDING"))
                .body("touchModel", equalTo("HIGH"));
        Api.asClient(integrator)
                .get("/api/v1/imports/{id}/errors", jobId)
                .then()
                .body("items.column", hasItem("autoRenew"))
                .body("items.reason", hasItem("must be true or false"));
    }

    @Test
    void aFileThatDoesNotFitIsRefusedAtOnceNamingTheColumn() {
        upload("accounts", "externalId,nmae\nx,Y\n")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("nmae"))
                .body("errors.field", hasItem("name"));
        upload("accounts", "externalId,name\n")
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].reason", containsString("no data rows"));
        upload("accounts", "externalId,name\nx,\"unclosed\n")
                .statusCode(400)
                .body("errors[0].reason", containsString("line 2"));
        upload("invoices", "externalId,name\nx,y\n").statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aJobIsSeenByWhoUploadedItAndByAdminsOnly() {
        String jobId = upload("accounts", "externalId,name\nseen-" + UUID.randomUUID() + ",Seen\n")
                .statusCode(202)
                .extract()
                .path("id");

        Api.asClient("another-integrator")
                .get("/api/v1/imports/{id}", jobId)
                .then()
                .statusCode(404);
        Api.asClient("another-integrator")
                .get("/api/v1/imports/{id}/errors", jobId)
                .then()
                .statusCode(404);
        Api.as(TestTokens.CS_ADMIN).get("/api/v1/imports/{id}", jobId).then().statusCode(200);
        Api.as(TestTokens.CSM).get("/api/v1/imports/{id}", jobId).then().statusCode(403);
    }

    @Test
    void anIntegratorListsItsOwnJobsNewestFirstInPages() {
        String first = upload("accounts", "externalId,name\nlist-" + UUID.randomUUID() + ",One\n")
                .statusCode(202)
                .extract()
                .path("id");
        String second = upload("accounts", "externalId,name\nlist-" + UUID.randomUUID() + ",Two\n")
                .statusCode(202)
                .extract()
                .path("id");

        var page = Api.asClient(integrator)
                .get("/api/v1/imports?first=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getList("items.id")).containsExactly(second);
        Api.asClient(integrator)
                .get("/api/v1/imports?first=1&after={after}", page.getString("nextCursor"))
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(first));
        Api.asClient("someone-else")
                .get("/api/v1/imports")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(first)));
        Api.as(TestTokens.CS_ADMIN)
                .get("/api/v1/imports?first=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(first));
    }

    @Test
    void aJobWhoseWorkerWentSilentIsTakenOverWhereItStopped() throws Throwable {
        String prefix = "resume-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = "externalId,name\n%1$s1,One\n%1$s2,Two\n%1$s3,Three\n%1$s4,Four\n".formatted(prefix);
        // As a worker leaves a job when its replica dies after committing the first two rows' chunk.
        UUID jobId = UUID.randomUUID();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            ImportJob job = new ImportJob();
            job.id = jobId;
            job.kind = ImportKind.ACCOUNTS;
            job.status = ImportStatus.RUNNING;
            job.rowsTotal = 4;
            job.rowsDone = 2;
            job.requestedBy = "service-account-" + integrator;
            job.createdAt = Instant.now().minusSeconds(900);
            job.startedAt = job.createdAt;
            job.heartbeatAt = Instant.now().minusSeconds(600);
            job.claimToken = UUID.randomUUID();
            return jobs.persist(job).call(jobs::flush).call(() -> jobs.storeContent(jobId, csv));
        }));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "COMPLETED"
                        .equals(Api.as(TestTokens.CS_ADMIN)
                                .get("/api/v1/imports/{id}", jobId)
                                .then()
                                .extract()
                                .path("status")));

        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", prefix + "1")
                .then()
                .statusCode(404);
        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", prefix + "3")
                .then()
                .statusCode(200);
        Api.asClient(integrator)
                .get("/api/v1/accounts/{id}", prefix + "4")
                .then()
                .statusCode(200);
    }

    private ValidatableResponse upload(String kind, String csv) {
        return Api.asClient(integrator)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/imports/{kind}", kind)
                .then();
    }

    private JsonPath awaitFinished(String jobId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    String status = Api.as(TestTokens.CS_ADMIN)
                            .get("/api/v1/imports/{id}", jobId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status");
                    return "COMPLETED".equals(status) || "FAILED".equals(status);
                });
        return Api.asClient(integrator)
                .get("/api/v1/imports/{id}", jobId)
                .then()
                .extract()
                .jsonPath();
    }
}
