package dev.tandem.content.view.service;

import dev.tandem.content.account.repository.AccountProjection;
import dev.tandem.content.item.service.ContentItemService;
import dev.tandem.content.view.repository.ContentViews;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** How much content is viewed and completed, per item and per account. */
@ApplicationScoped
public class ViewStatistics {

    /** An item's totals over every account. */
    public record ItemViews(UUID contentId, long views, long completions, long accounts) {}

    private final ContentViews views;
    private final ContentItemService items;
    private final AccountProjection accounts;

    public ViewStatistics(ContentViews views, ContentItemService items, AccountProjection accounts) {
        this.views = views;
        this.items = items;
        this.accounts = accounts;
    }

    @WithSession
    public Uni<ItemViews> ofItem(UUID contentId, boolean draftsVisible) {
        return items.get(contentId, draftsVisible)
                .chain(item -> views.totals(contentId))
                .map(row -> new ItemViews(
                        contentId,
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()));
    }

    /** What the account viewed, most recently viewed first, a page at a time. */
    @WithSession
    public Uni<Page<ContentViews.Tally>> ofAccount(UUID accountId, int first, String after) {
        Instant afterAt = null;
        UUID afterId = null;
        if (after != null) {
            List<String> position = Cursor.decode(after, 2);
            afterAt = Instant.EPOCH.plus(Cursor.longPart(position.get(0)), ChronoUnit.MICROS);
            afterId = Cursor.uuidPart(position.get(1));
        }
        Instant fromAt = afterAt;
        UUID fromId = afterId;
        return accounts.account(accountId)
                .chain(account -> account == null
                        ? Uni.createFrom().failure(new NotFoundException("Account", accountId))
                        : views.ofAccount(account.externalId, fromAt, fromId, first + 1))
                .map(list -> Page.of(
                        list,
                        first,
                        last -> Cursor.encode(List.of(
                                String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, last.lastViewedAt())),
                                last.contentId().toString()))));
    }
}
