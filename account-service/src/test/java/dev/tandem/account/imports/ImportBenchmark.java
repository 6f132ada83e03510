package dev.tandem.account.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Imports 100,000 accounts, 1,000,000 end users and 100,000 contracts through the bulk path, over HTTP, against the real database and
 * broker, and prints rows per second and where a chunk's time goes ({@link StageTimes}). Not part of {@code verify}; run it with
 * {@code ./mvnw -f account-service/pom.xml verify -Pbenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "account")
class ImportBenchmark {

    // Sizes may be lowered with -Dbenchmark.accounts, -Dbenchmark.users-per-account and -Dbenchmark.contracts, so that
    // one kind can be measured without waiting for the others.
    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 100_000);
    private static final int USERS_PER_ACCOUNT = Integer.getInteger("benchmark.users-per-account", 10);
    /** Accounts whose users go in one file: 250,000 users, about 20 MB, inside the 64 MB upload limit. */
    private static final int ACCOUNTS_PER_USER_FILE = 25_000;

    /** Contracts for the first accounts, one each. */
    private static final int CONTRACTS = Math.min(ACCOUNTS, Integer.getInteger("benchmark.contracts", 100_000));

    private static final String[] INDUSTRIES = {"Software", "Retail", "Finance", "Health", "Logistics", "Media"};
    private static final String[] BANDS = {"1-10", "11-50", "51-200", "201-500", "501-1000", "1000+"};
    private static final String[] PLANS = {"FREE", "FREE", "FREE", "TRIAL", "Starter", "Growth", "Enterprise"};
    private static final String[] CONTRACT_PLANS = {"Starter", "Growth", "Enterprise"};
    private static final String[] ROLES = {"MEMBER", "MEMBER", "MEMBER", "ADMIN", "DECISION_MAKER"};

    private final Random random = new Random(42);

    @Test
    void importsAHundredThousandAccountsAMillionUsersAndAHundredThousandContracts() {
        try (StageTimes stages = StageTimes.listen()) {
            run(stages);
        }
    }

    private void run(StageTimes stages) {
        String accounts = accountsFile();
        long started = System.nanoTime();
        String accountJob = upload("accounts", accounts);
        awaitCompleted(List.of(accountJob), ACCOUNTS);
        double accountSeconds = seconds(started);
        Duration accountWork = StageTimes.worked(List.of(accountJob));

        List<String> userFiles = new ArrayList<>();
        for (int first = 0; USERS_PER_ACCOUNT > 0 && first < ACCOUNTS; first += ACCOUNTS_PER_USER_FILE) {
            userFiles.add(usersFile(first, Math.min(ACCOUNTS, first + ACCOUNTS_PER_USER_FILE)));
        }
        started = System.nanoTime();
        List<String> userJobs = new ArrayList<>();
        for (String file : userFiles) {
            userJobs.add(upload("users", file));
        }
        awaitCompleted(userJobs, ACCOUNTS * USERS_PER_ACCOUNT);
        double userSeconds = seconds(started);
        Duration userWork = StageTimes.worked(userJobs);

        String contracts = contractsFile();
        started = System.nanoTime();
        String contractJob = upload("contracts", contracts);
        awaitCompleted(List.of(contractJob), CONTRACTS);
        double contractSeconds = seconds(started);
        Duration contractWork = StageTimes.worked(List.of(contractJob));

        long relayStarted = System.nanoTime();
        long backlog = outboxBacklog();
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> outboxBacklog() == 0);
        double relaySeconds = seconds(relayStarted);

        System.out.printf(
                "%n=== Bulk import benchmark (CSV over HTTP, %d-row chunks) ===%n"
                        + "accounts: %,d rows in %.1f s = %,.0f rows/s%n"
                        + "users:    %,d rows in %d files in %.1f s = %,.0f rows/s%n"
                        + "contracts: %,d rows in %.1f s = %,.0f rows/s%n"
                        + "all:      %,d rows in %.1f s = %,.0f rows/s%n"
                        + "events:   %,d still in the outbox when the imports finished, relayed to Kafka in %.1f s%n%n",
                ConfigProvider.getConfig().getValue("tandem.imports.chunk-size", Integer.class),
                ACCOUNTS,
                accountSeconds,
                ACCOUNTS / accountSeconds,
                ACCOUNTS * USERS_PER_ACCOUNT,
                userFiles.size(),
                userSeconds,
                ACCOUNTS * USERS_PER_ACCOUNT / userSeconds,
                CONTRACTS,
                contractSeconds,
                CONTRACTS / contractSeconds,
                ACCOUNTS * (1 + USERS_PER_ACCOUNT) + CONTRACTS,
                accountSeconds + userSeconds + contractSeconds,
                (ACCOUNTS * (1 + USERS_PER_ACCOUNT) + CONTRACTS) / (accountSeconds + userSeconds + contractSeconds),
                backlog,
                relaySeconds);
        System.out.printf(
                "worker (first job's start to last job's end, as import_job records them): accounts %,.0f rows/s,"
                        + " users %,.0f rows/s, contracts %,.0f rows/s%n%n",
                ACCOUNTS / seconds(accountWork),
                ACCOUNTS * USERS_PER_ACCOUNT / seconds(userWork),
                CONTRACTS / seconds(contractWork));
        stages.print(System.out, "accounts", List.of(accountJob), ACCOUNTS);
        stages.print(System.out, "users", userJobs, ACCOUNTS * USERS_PER_ACCOUNT);
        stages.print(System.out, "contracts", List.of(contractJob), CONTRACTS);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private String accountsFile() {
        StringBuilder csv = new StringBuilder(ACCOUNTS * 80).append("externalId,name,industry,employeeBand,plan\n");
        for (int i = 0; i < ACCOUNTS; i++) {
            csv.append(accountId(i))
                    .append(",Company ")
                    .append(i)
                    .append(',')
                    .append(pick(INDUSTRIES))
                    .append(',')
                    .append(pick(BANDS))
                    .append(',')
                    .append(pick(PLANS))
                    .append('\n');
        }
        return csv.toString();
    }

    /** The users of accounts {@code [from, to)}; each account's first user invited the others, a small viral loop. */
    private String usersFile(int from, int to) {
        StringBuilder csv = new StringBuilder((to - from) * USERS_PER_ACCOUNT * 90)
                .append("accountExternalId,externalId,email,name,role,seat,invitedBy\n");
        for (int account = from; account < to; account++) {
            String accountId = accountId(account);
            for (int user = 0; user < USERS_PER_ACCOUNT; user++) {
                String userId = "u-" + account + "-" + user;
                csv.append(accountId)
                        .append(',')
                        .append(userId)
                        .append(',')
                        .append(userId)
                        .append("@example.com,User ")
                        .append(user)
                        .append(',')
                        .append(user == 0 ? "ADMIN" : pick(ROLES))
                        .append(',')
                        .append(user < 3 ? "PAID" : "FREE")
                        .append(',')
                        .append(user == 0 ? "" : "u-" + account + "-0")
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /** One contract per account, started in the past year, so that each moves its account as the PUT would. */
    private String contractsFile() {
        StringBuilder csv = new StringBuilder(CONTRACTS * 90)
                .append("accountExternalId,externalId,plan,arr,currency,seats,startDate,renewalDate,autoRenew\n");
        LocalDate today = LocalDate.now();
        for (int account = 0; account < CONTRACTS; account++) {
            LocalDate start = today.minusDays(random.nextInt(365));
            csv.append(accountId(account))
                    .append(",c-")
                    .append(account)
                    .append(',')
                    .append(pick(CONTRACT_PLANS))
                    .append(',')
                    .append(1_000 + random.nextInt(200_000))
                    .append(",EUR,")
                    .append(1 + random.nextInt(500))
                    .append(',')
                    .append(start)
                    .append(',')
                    .append(start.plusYears(1))
                    .append(',')
                    .append(random.nextBoolean())
                    .append('\n');
        }
        return csv.toString();
    }

    private static String accountId(int i) {
        return "bench-%06d".formatted(i);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String upload(String kind, String csv) {
        return Api.as(TestTokens.CS_ADMIN)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/imports/{kind}", kind)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static void awaitCompleted(List<String> jobs, int expectedRows) {
        await().atMost(Duration.ofMinutes(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jobs.stream()
                        .allMatch(job -> "COMPLETED"
                                .equals(Api.as(TestTokens.CS_ADMIN)
                                        .get("/api/v1/imports/{id}", job)
                                        .then()
                                        .extract()
                                        .path("status"))));
        int imported = jobs.stream()
                .mapToInt(job -> Api.as(TestTokens.CS_ADMIN)
                        .get("/api/v1/imports/{id}", job)
                        .then()
                        .extract()
                        .path("rowsImported"))
                .sum();
        assertThat(imported).as("rows imported").isEqualTo(expectedRows);
    }

    private static long outboxBacklog() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery("SELECT count(*) FROM outbox_event", Long.class)
                            .getSingleResult())));
        } catch (Throwable e) {
            throw new IllegalStateException("The outbox cannot be counted", e);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
