package dev.tandem.account.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.account.retention.domain.BookTerm;
import dev.tandem.account.retention.domain.ContractBook;
import dev.tandem.account.retention.domain.ContractBookTest;
import dev.tandem.account.retention.domain.Movements;
import dev.tandem.account.retention.domain.Period;
import dev.tandem.account.retention.domain.Renewals;
import dev.tandem.testing.EmbeddedInfrastructure;
import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The set-based figures query against the definitions: the hand-computed book of the docs' worked example
 * ({@link ContractBookTest#TERMS}) is written into the ledger, and for several periods the REST figures of its plan
 * (the whole book) and of each account's CSM (one account each) must equal what {@link ContractBook} computes term by
 * term. All five breakdowns are asked for, so the query groups by every account column at once.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "account")
class FiguresMatchTheDefinitionsTest {

    private static final String RUN = UUID.randomUUID().toString();
    private static final String PLAN = "Definitions " + RUN;
    private static final Map<String, List<BookTerm>> BY_ACCOUNT = new LinkedHashMap<>();

    @BeforeAll
    static void writeTheBook() throws SQLException {
        ContractBookTest.TERMS.forEach(term -> BY_ACCOUNT
                .computeIfAbsent(term.account(), account -> new ArrayList<>())
                .add(term));
        try (Connection connection = DriverManager.getConnection(
                EmbeddedInfrastructure.shared().postgres().jdbcUrl("account"), "postgres", "")) {
            for (var account : BY_ACCOUNT.entrySet()) {
                UUID accountId = UUID.randomUUID();
                UUID contractId = UUID.randomUUID();
                try (var insert = connection.prepareStatement("""
                        INSERT INTO account (id, external_id, name, billing_model, plan, stage, touch_model, community,
                                             csm_id, cohort, created_at, updated_at, arr)
                        VALUES (?, ?, ?, 'SUBSCRIPTION', ?, 'ADOPTION', 'LOW', FALSE, ?, '2025-01', now(), now(), 0)
                        """)) {
                    insert.setObject(1, accountId);
                    insert.setString(2, account.getKey() + "-" + RUN);
                    insert.setString(3, account.getKey());
                    insert.setString(4, PLAN);
                    insert.setString(5, csm(account.getKey()));
                    insert.execute();
                }
                try (var insert = connection.prepareStatement("""
                        INSERT INTO contract (id, account_id, external_id, plan, arr, currency, seats, start_date,
                                              renewal_date, auto_renew, status, created_at, updated_at)
                        VALUES (?, ?, 'c1', 'Growth', 0, 'EUR', 1, DATE '2024-01-01', DATE '2027-01-01', TRUE,
                                'ACTIVE', now(), now())
                        """)) {
                    insert.setObject(1, contractId);
                    insert.setObject(2, accountId);
                    insert.execute();
                }
                for (BookTerm term : account.getValue()) {
                    try (var insert = connection.prepareStatement("""
                            INSERT INTO contract_term (id, contract_id, account_id, plan, arr, starts_on, scheduled_end,
                                                       ends_on, outcome, arr_after, amended)
                            VALUES (gen_random_uuid(), ?, ?, 'Growth', ?, ?, ?, ?, ?, ?, ?)
                            """)) {
                        insert.setObject(1, contractId);
                        insert.setObject(2, accountId);
                        insert.setBigDecimal(3, term.arr());
                        insert.setObject(4, term.startsOn());
                        insert.setObject(5, term.scheduledEnd());
                        insert.setObject(6, term.endsOn());
                        insert.setString(
                                7,
                                term.outcome() == null ? null : term.outcome().name());
                        insert.setBigDecimal(8, term.outcome() == null ? null : term.arr());
                        insert.setBoolean(9, term.amended());
                        insert.execute();
                    }
                }
            }
        }
    }

    static Stream<Period> periods() {
        return Stream.of(
                period("2026-01-01", "2026-03-31"),
                period("2026-01-01", "2026-01-31"),
                period("2026-02-01", "2026-02-28"),
                period("2026-03-01", "2026-03-31"),
                period("2026-02-10", "2026-03-14"),
                period("2025-01-01", "2025-12-31"),
                period("2024-10-01", "2027-02-10"));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void theBookAndEachOfItsAccountsHaveTheFiguresTheDefinitionsGive(Period period) {
        JsonPath report = Api.as(TestTokens.VIEWER)
                .queryParam("from", period.from().toString())
                .queryParam("to", period.to().toString())
                .queryParam("breakdown", "touchModel", "segment", "plan", "cohort", "csm")
                .get("/api/v1/retention/metrics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

        assertFigures(report, "plan", PLAN, new ContractBook(ContractBookTest.TERMS), period);
        for (var account : BY_ACCOUNT.entrySet()) {
            assertFigures(report, "csm", csm(account.getKey()), new ContractBook(account.getValue()), period);
        }
    }

    private static void assertFigures(JsonPath report, String by, String key, ContractBook book, Period period) {
        Movements expected = book.movements(period);
        Renewals due = book.renewals(period);
        String path = "breakdowns.find { it.by == '%s' }.groups.find { it.key == '%s' }.metrics".formatted(by, key);
        String as = "%s %s over %s".formatted(by, key, period);
        if (report.getMap(path) == null) {
            // A group of accounts with no term in the period at all has no row; the definitions give it nothing.
            assertThat(expected.startingLogos() + expected.newLogos() + expected.endingLogos())
                    .as(as)
                    .isZero();
            assertThat(due).as(as).isEqualTo(Renewals.NONE);
            return;
        }
        String at = path + ".movements.";
        assertThat(report.getLong(at + "startingLogos")).as(as).isEqualTo(expected.startingLogos());
        assertThat(report.getLong(at + "newLogos")).as(as).isEqualTo(expected.newLogos());
        assertThat(report.getLong(at + "expandedLogos")).as(as).isEqualTo(expected.expandedLogos());
        assertThat(report.getLong(at + "contractedLogos")).as(as).isEqualTo(expected.contractedLogos());
        assertThat(report.getLong(at + "churnedLogos")).as(as).isEqualTo(expected.churnedLogos());
        assertThat(report.getLong(at + "endingLogos")).as(as).isEqualTo(expected.endingLogos());
        assertArr(report, at + "startingArr", expected.startingArr(), as);
        assertArr(report, at + "newArr", expected.newArr(), as);
        assertArr(report, at + "expansionArr", expected.expansionArr(), as);
        assertArr(report, at + "contractionArr", expected.contractionArr(), as);
        assertArr(report, at + "churnedArr", expected.churnedArr(), as);
        assertArr(report, at + "endingArr", expected.endingArr(), as);
        String renewals = path + ".renewals.";
        assertThat(new Renewals(
                        report.getLong(renewals + "due"),
                        report.getLong(renewals + "renewed"),
                        report.getLong(renewals + "churned"),
                        report.getLong(renewals + "pending")))
                .as(as)
                .isEqualTo(due);
        assertThat(report.getBoolean(path + ".bridgeAddsUp")).as(as).isTrue();
    }

    private static void assertArr(JsonPath report, String path, BigDecimal expected, String as) {
        assertThat(new BigDecimal(report.getString(path))).as(as + " " + path).isEqualByComparingTo(expected);
    }

    private static String csm(String account) {
        return "csm-" + account + "-" + RUN;
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }
}
