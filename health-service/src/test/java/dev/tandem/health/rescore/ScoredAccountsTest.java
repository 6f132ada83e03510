package dev.tandem.health.rescore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.health.rescore.repository.ScoredAccounts;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The accounts a scorecard change rescores, a chunk at a time: every announced account and every account only scored
 * so far, each once, in id order, and no erased one, however the chunks fall.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ScoredAccountsTest {

    @Inject
    ScoredAccounts accounts;

    @Test
    void chunksGiveEveryAccountToScoreOnceInIdOrder() throws Throwable {
        // Sorted after every other test's accounts, so the chunks after the prefix are this test's alone.
        String prefix = "zz-chunks-" + UUID.randomUUID() + "-";
        try (Connection db = database()) {
            announce(db, prefix + "a", false);
            announce(db, prefix + "c", false);
            announce(db, prefix + "d", true);
            announce(db, prefix + "e", false);
            score(db, prefix + "b");
            score(db, prefix + "c");
            score(db, prefix + "f");
        }

        List<String> chunked = new ArrayList<>();
        String after = prefix;
        List<String> chunk;
        do {
            String from = after;
            chunk = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> accounts.after(from, 2)));
            assertThat(chunk).hasSizeLessThanOrEqualTo(2);
            chunked.addAll(chunk);
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1);
        } while (!chunk.isEmpty());

        assertThat(chunked)
                .as("announced or scored, not erased, each once, in order")
                .containsExactly(prefix + "a", prefix + "b", prefix + "c", prefix + "e", prefix + "f");
    }

    private static void announce(Connection db, String account, boolean erased) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO account_ref (account_id, external_id, plan, stage,"
                + " touch_model, erased, updated_at) VALUES (?, ?, 'Growth', 'ADOPTION', 'LOW', ?, now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, account);
            insert.setBoolean(3, erased);
            insert.executeUpdate();
        }
    }

    private static void score(Connection db, String account) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO health_score (account_external_id, score, band, explanation,"
                + " computed_at) VALUES (?, 70, 'GREEN', 'test', now())")) {
            insert.setString(1, account);
            insert.executeUpdate();
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("health"), "postgres", "");
    }
}
