package dev.tandem.cta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.platform.paging.Cursor;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints p50 and p95 of a page of 50 of an account's timeline through the REST API, with 1,000,000 touchpoints in the
 * database over 10,000 accounts: ten heavy accounts hold 20,000 each, the others about 80. Measured: a heavy account's
 * first page, a heavy account's page 10,000 touchpoints deep (by cursor), a typical account's first page, and a heavy
 * account's first page filtered by a participant. The touchpoints are written straight into the database: what is
 * measured is the reading. Not part of {@code verify}: {@code ./mvnw -f cta-service/pom.xml verify -Pbenchmark
 * -Dtest=TimelineBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTandemInfrastructure(database = "cta")
class TimelineBenchmark {

    private static final int TOUCHPOINTS = 1_000_000;
    private static final int ACCOUNTS = 10_000;
    private static final int HEAVY = 10;
    private static final int DEEP = 10_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 50;

    @Test
    void aPageOfAnAccountsTimeline() throws SQLException {
        long seeding = System.nanoTime();
        seed();
        double seeded = (System.nanoTime() - seeding) / 1e9;
        List<String> deepCursors = new ArrayList<>();
        for (int a = 0; a < HEAVY; a++) {
            deepCursors.add(cursorAt(account(a), DEEP));
        }

        List<Double> first = time(run -> "/api/v1/accounts/" + account(run % HEAVY) + "/touchpoints?first=50");
        List<Double> deep = time(run -> "/api/v1/accounts/" + account(run % HEAVY) + "/touchpoints?first=50&after="
                + deepCursors.get(run % HEAVY));
        List<Double> typical =
                time(run -> "/api/v1/accounts/" + account(HEAVY + run * 97 % (ACCOUNTS - HEAVY)) + "/touchpoints");
        List<Double> participant = time(
                run -> "/api/v1/accounts/" + account(run % HEAVY) + "/touchpoints?participant=" + user(run % HEAVY, 0));
        System.out.printf(
                "%n=== Timeline benchmark: %,d touchpoints, %,d participants, %,d accounts (%d with %,d each),"
                        + " seeded in %.0f s; %d runs after %d warm-up, pages of 50 through REST ===%n"
                        + "heavy account, first page:          p50 %5.1f ms  p95 %5.1f ms%n"
                        + "heavy account, page %,d deep:     p50 %5.1f ms  p95 %5.1f ms%n"
                        + "typical account (~80), first page:  p50 %5.1f ms  p95 %5.1f ms%n"
                        + "heavy account, by participant:      p50 %5.1f ms  p95 %5.1f ms%n%n",
                count("SELECT count(*) FROM touchpoint"),
                count("SELECT count(*) FROM touchpoint_participant"),
                ACCOUNTS,
                HEAVY,
                TOUCHPOINTS / 5 / HEAVY,
                seeded,
                RUNS,
                WARM_UP,
                percentile(first, 50),
                percentile(first, 95),
                DEEP,
                percentile(deep, 50),
                percentile(deep, 95),
                percentile(typical, 50),
                percentile(typical, 95),
                percentile(participant, 50),
                percentile(participant, 95));
    }

    /** Milliseconds of each of {@link #RUNS} requests, after {@link #WARM_UP} untimed ones. */
    private static List<Double> time(IntFunction<String> url) {
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            var request = Api.as(TestTokens.VIEWER);
            long started = System.nanoTime();
            List<Object> items =
                    request.get(url.apply(run)).then().statusCode(200).extract().path("items");
            double took = (System.nanoTime() - started) / 1e6;
            assertThat(items).isNotEmpty();
            if (run >= WARM_UP) {
                millis.add(took);
            }
        }
        return millis;
    }

    /**
     * Accounts 0-9 are heavy: every fifth touchpoint is theirs; the others go round the other accounts in turn. Each
     * account has five users, the first its decision maker; each touchpoint has one of them as participant (each user
     * of a heavy account takes part in a fifth of its touchpoints) and every third a colleague too. Times spread over two
     * years. The indexes are dropped for the load and built after it, as a bulk load does.
     */
    private static void seed() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("""
                    INSERT INTO account_ref (account_id, external_id, name, touch_model, csm_id, updated_at)
                    SELECT CAST(md5('bench-account' || a) AS uuid), 'bench-' || a, 'Bench ' || a,
                           (ARRAY['HIGH', 'LOW', 'TECH'])[1 + a % 3], 'csm-' || a % 40, now()
                      FROM generate_series(0, ACCOUNTS - 1) a;
                    INSERT INTO user_ref (user_id, account_id, external_id, name, paid_seat, role)
                    SELECT CAST(md5('bench-user' || a || '-' || u) AS uuid), CAST(md5('bench-account' || a) AS uuid),
                           'u' || u, 'User ' || u, TRUE, CASE WHEN u = 0 THEN 'DECISION_MAKER' ELSE 'MEMBER' END
                      FROM generate_series(0, ACCOUNTS - 1) a, generate_series(0, 4) u;
                    CREATE TEMPORARY TABLE bench AS
                    SELECT n, CASE WHEN n % 5 = 0 THEN (n / 5) % HEAVY
                                ELSE HEAVY + (n / 5 * 4 + n % 5 - 1) % (ACCOUNTS - HEAVY) END AS a,
                           now() - make_interval(mins => CAST(n::bigint * 7919 % 1051200 AS int)) AS occurred_at
                      FROM generate_series(0, TOUCHPOINTS - 1) n;
                    DROP INDEX touchpoint_timeline;
                    DROP INDEX touchpoint_search;
                    DROP INDEX touchpoint_participant_timeline;
                    ALTER TABLE touchpoint_participant DROP CONSTRAINT touchpoint_participant_pkey;
                    INSERT INTO touchpoint (id, account_id, type, occurred_at, author_id, subject, body, sentiment,
                                            version, created_at, updated_at)
                    SELECT CAST(md5('bench-touchpoint' || n) AS uuid), CAST(md5('bench-account' || a) AS uuid),
                           (ARRAY['CALL', 'MEETING', 'QBR', 'EMAIL', 'NOTE', 'ONSITE'])[1 + n % 6],
                           occurred_at, 'csm-' || a % 40,
                           (ARRAY['Weekly sync', 'Renewal pricing', 'Onboarding call', 'Escalation', 'QBR prep'])
                               [1 + n % 5] || ' ' || n,
                           'Discussed ' || (ARRAY['adoption', 'pricing', 'the integration', 'support tickets',
                                                  'the roadmap'])[1 + n % 5] || ' with the team; next steps agreed.',
                           (ARRAY['POSITIVE', 'NEUTRAL', 'NEGATIVE'])[1 + n % 3], 1, now(), now()
                      FROM bench;
                    INSERT INTO touchpoint_participant (touchpoint_id, kind, ref, account_id, occurred_at)
                    SELECT CAST(md5('bench-touchpoint' || n) AS uuid), 'USER',
                           CAST(md5('bench-user' || a || '-' || n / 50 % 5) AS uuid)::text,
                           CAST(md5('bench-account' || a) AS uuid), occurred_at
                      FROM bench
                    UNION ALL
                    SELECT CAST(md5('bench-touchpoint' || n) AS uuid), 'COLLEAGUE', 'se-' || n % 7,
                           CAST(md5('bench-account' || a) AS uuid), occurred_at
                      FROM bench WHERE n % 3 = 0;
                    ALTER TABLE touchpoint_participant ADD PRIMARY KEY (touchpoint_id, kind, ref);
                    CREATE INDEX touchpoint_participant_timeline
                        ON touchpoint_participant (ref, account_id, occurred_at DESC, touchpoint_id DESC);
                    CREATE INDEX touchpoint_timeline ON touchpoint (account_id, occurred_at DESC, id DESC)
                        WHERE deleted_at IS NULL;
                    CREATE INDEX touchpoint_search ON touchpoint USING GIN (search) WHERE deleted_at IS NULL;
                    ANALYZE account_ref, user_ref, touchpoint, touchpoint_participant;
                    """.replace("TOUCHPOINTS", String.valueOf(TOUCHPOINTS))
                    .replace("ACCOUNTS", String.valueOf(ACCOUNTS))
                    .replace("HEAVY", String.valueOf(HEAVY)));
        }
    }

    /** The cursor that continues after the {@code position}th touchpoint of the account's timeline. */
    private static String cursorAt(UUID account, int position) throws SQLException {
        try (Connection connection = connect();
                var result = connection
                        .createStatement()
                        .executeQuery("SELECT occurred_at, id FROM touchpoint"
                                + " WHERE account_id = '" + account + "' AND deleted_at IS NULL"
                                + " ORDER BY occurred_at DESC, id DESC OFFSET " + (position - 1) + " LIMIT 1")) {
            result.next();
            return Cursor.encode(List.of(result.getTimestamp(1).toInstant().toString(), result.getString(2)));
        }
    }

    private static UUID account(int a) {
        return md5Uuid("bench-account" + a);
    }

    private static UUID user(int a, int u) {
        return md5Uuid("bench-user" + a + "-" + u);
    }

    /** The UUID PostgreSQL's {@code CAST(md5(text) AS uuid)} makes of {@code text}. */
    private static UUID md5Uuid(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Double> millis, int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = connect();
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("cta"), "postgres", "");
    }
}
