package dev.tandem.content.item.repository;

import dev.tandem.content.item.domain.ContentFilter;
import dev.tandem.content.item.domain.ContentItem;
import dev.tandem.content.item.domain.TextSearchLanguage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists and searches the catalog in SQL: filters on the array columns, and PostgreSQL full-text search over the
 * generated {@code search} vector (GIN-indexed), ranked by {@code ts_rank}.
 */
@ApplicationScoped
@WithSession
public class ContentSearch {

    /** An item with its relevance to the query; {@code rank} is null when listing without a query. */
    public record Hit(ContentItem item, Double rank) {}

    /** Where the previous page ended: after an item (newest first), or after a number of hits (by relevance). */
    public sealed interface Position {}

    public record AfterItem(Instant createdAt, UUID id) implements Position {}

    public record AfterHits(int count) implements Position {}

    private final ContentItemRepository items;

    public ContentSearch(ContentItemRepository items) {
        this.items = items;
    }

    /**
     * Up to {@code limit} matching items. Without a query they come newest first (keyset paging); with one, by
     * relevance: {@code ts_rank} over title (weight A) and body (weight B) matches, so a word in the title outranks the
     * same word in the body, and more and closer matches outrank fewer; ties by id.
     */
    public Uni<List<Hit>> find(ContentFilter filter, Position after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> where = conditions(filter, parameters);
        String rank;
        String order;
        if (filter.query() != null) {
            // With a language filter the query is read in that language's configuration and the index serves it;
            // without one each item's own configuration reads the query, so stems match across languages.
            String configuration = "c.ts_config";
            if (filter.language() != null) {
                configuration = "CAST(:config AS regconfig)";
                parameters.put("config", TextSearchLanguage.configurationFor(filter.language()));
            }
            String query = "websearch_to_tsquery(" + configuration + ", :query)";
            parameters.put("query", filter.query());
            where.add("c.search @@ " + query);
            rank = "CAST(ts_rank(c.search, " + query + ") AS float8)";
            order = " ORDER BY 2 DESC, c.id LIMIT :limit OFFSET :offset";
            parameters.put("offset", after instanceof AfterHits hits ? hits.count() : 0);
        } else {
            rank = "CAST(NULL AS float8)";
            order = " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit";
            if (after instanceof AfterItem item) {
                where.add("(c.created_at, c.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))");
                parameters.put("afterAt", item.createdAt().atOffset(java.time.ZoneOffset.UTC));
                parameters.put("afterId", item.id());
            }
        }
        parameters.put("limit", limit);
        String sql = "SELECT CAST(c.id AS text), " + rank + " FROM content_item c"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(sql, Object[].class);
                    parameters.forEach(query::setParameter);
                    return query.getResultList();
                })
                .chain(rows -> {
                    List<String> ids = rows.stream().map(row -> (String) row[0]).toList();
                    Map<String, Double> ranks = new HashMap<>();
                    rows.forEach(
                            row -> ranks.put((String) row[0], row[1] == null ? null : ((Number) row[1]).doubleValue()));
                    return items.byIds(ids.stream().map(UUID::fromString).toList())
                            .map(loaded -> ContentItemOrder.as(ids, loaded).stream()
                                    .map(item -> new Hit(item, ranks.get(item.id.toString())))
                                    .toList());
                });
    }

    private static List<String> conditions(ContentFilter filter, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add("c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.type() != null) {
            where.add("c.type = :type");
            parameters.put("type", filter.type().name());
        }
        if (filter.language() != null) {
            where.add("c.language = :language");
            parameters.put("language", filter.language());
        }
        if (filter.useCaseId() != null) {
            where.add("c.use_case_ids @> ARRAY[CAST(:useCase AS uuid)]");
            parameters.put("useCase", filter.useCaseId());
        }
        // An item that targets no role, plan or touch model in particular suits them all.
        if (filter.role() != null) {
            where.add("(c.target_roles = '{}' OR c.target_roles @> ARRAY[CAST(:role AS text)])");
            parameters.put("role", filter.role().name());
        }
        if (filter.plan() != null) {
            where.add("(c.plans = '{}' OR c.plans @> ARRAY[CAST(:plan AS text)])");
            parameters.put("plan", filter.plan());
        }
        if (filter.touchModel() != null) {
            where.add("(c.touch_models = '{}' OR c.touch_models @> ARRAY[CAST(:touchModel AS text)])");
            parameters.put("touchModel", filter.touchModel().name());
        }
        return where;
    }
}
