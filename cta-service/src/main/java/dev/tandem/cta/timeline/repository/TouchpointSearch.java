package dev.tandem.cta.timeline.repository;

import dev.tandem.cta.timeline.domain.SearchScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL full-text search over touchpoints (the {@code search} column: subject weighted above body, GIN-indexed).
 * The query is read as a web search ({@code websearch_to_tsquery}: words, "quoted phrases", or, -excluded), so no
 * input is a syntax error.
 */
@ApplicationScoped
@WithSession
public class TouchpointSearch {

    // The headline is computed for the page's hits only, outside the ranked subquery.
    private static final String SEARCH = """
            SELECT hit.id, hit.rank, ts_headline('english', t.body, hit.query,
                       'MaxFragments=2, MaxWords=30, MinWords=10, StartSel=**, StopSel=**')
            FROM (
                SELECT t.id, t.occurred_at, q.query, ts_rank(t.search, q.query) AS rank
                FROM touchpoint t, websearch_to_tsquery('english', :q) AS q (query)
                WHERE t.deleted_at IS NULL AND t.search @@ q.query AND %s
                ORDER BY rank DESC, t.occurred_at DESC, t.id DESC
                OFFSET :offset LIMIT :limit
            ) hit
            JOIN touchpoint t ON t.id = hit.id
            ORDER BY hit.rank DESC, hit.occurred_at DESC, hit.id DESC
            """;

    private static final String ONE_ACCOUNT = "t.account_id = :scope";
    private static final String BOOK = "t.account_id IN (SELECT account_id FROM account_ref WHERE csm_id = :scope)";

    /**
     * A touchpoint that matched.
     *
     * @param rank how well it matched (PostgreSQL's ts_rank), higher first
     * @param headline the body's best passages with the matched words in {@code **bold**}
     */
    public record Hit(UUID id, double rank, String headline) {}

    public Uni<List<Hit>> search(SearchScope scope, String query, long offset, int limit) {
        String sql;
        Object scopeValue;
        if (scope instanceof SearchScope.Account account) {
            sql = SEARCH.formatted(ONE_ACCOUNT);
            scopeValue = account.accountId();
        } else {
            sql = SEARCH.formatted(BOOK);
            scopeValue = ((SearchScope.Book) scope).csmId();
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("q", query)
                        .setParameter("scope", scopeValue)
                        .setParameter("offset", offset)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Hit((UUID) row[0], ((Number) row[1]).doubleValue(), (String) row[2]))
                        .toList());
    }
}
