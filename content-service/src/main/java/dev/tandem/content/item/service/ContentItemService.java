package dev.tandem.content.item.service;

import dev.tandem.content.item.domain.ContentFilter;
import dev.tandem.content.item.domain.ContentItem;
import dev.tandem.content.item.domain.ContentStatus;
import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.item.domain.TextSearchLanguage;
import dev.tandem.content.item.repository.ContentItemRepository;
import dev.tandem.content.item.repository.ContentSearch;
import dev.tandem.content.usecase.repository.UseCaseRepository;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The content catalog: cs-admins write it, everyone else reads what is published. */
@ApplicationScoped
public class ContentItemService {

    private static final String RELEVANCE = "relevance";

    private final ContentItemRepository items;
    private final ContentSearch search;
    private final UseCaseRepository useCases;
    private final Clock clock;

    public ContentItemService(
            ContentItemRepository items, ContentSearch search, UseCaseRepository useCases, Clock clock) {
        this.items = items;
        this.search = search;
        this.useCases = useCases;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ContentItem> create(ContentDraft draft) {
        return checkUseCases(draft).chain(() -> {
            ContentItem item = new ContentItem();
            item.id = UUID.randomUUID();
            item.version = 1;
            // Stored to the microsecond, which is what list cursors carry.
            item.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            item.updatedAt = item.createdAt;
            write(draft, item);
            return items.persist(item);
        });
    }

    /** Replaces an item; its version rises only if something actually changed. */
    @WithTransaction
    public Uni<ContentItem> replace(UUID id, ContentDraft draft) {
        return checkUseCases(draft).chain(() -> items.findById(id)).chain(item -> {
            if (item == null) {
                return Uni.createFrom().failure(new NotFoundException("Content item", id));
            }
            if (draft.expectedVersion() != null && draft.expectedVersion() != item.version) {
                return Uni.createFrom()
                        .failure(new ConflictException("Content item " + id + " is at version " + item.version
                                + ", not " + draft.expectedVersion() + "; reload it and apply the change again"));
            }
            if (!sameAs(draft, item)) {
                write(draft, item);
                item.version++;
                item.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            }
            return Uni.createFrom().item(item);
        });
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return items.deleteById(id)
                .chain(deleted -> deleted
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new NotFoundException("Content item", id)));
    }

    /** An item; drafts only for those who may see them, to everyone else a draft does not exist. */
    public Uni<ContentItem> get(UUID id, boolean draftsVisible) {
        return items.findById(id).map(item -> {
            if (item == null || (!draftsVisible && item.status != ContentStatus.PUBLISHED)) {
                throw new NotFoundException("Content item", id);
            }
            return item;
        });
    }

    public Uni<Page<ContentSearch.Hit>> find(ContentFilter filter, int first, String after) {
        boolean relevance = filter.query() != null;
        ContentSearch.Position position = after == null ? null : position(after, relevance);
        int offset = position instanceof ContentSearch.AfterHits hits ? hits.count() : 0;
        return search.find(filter, position, first + 1)
                .map(hits -> Page.of(
                        hits,
                        first,
                        last -> relevance
                                ? Cursor.encode(List.of(RELEVANCE, String.valueOf(offset + first)))
                                : Cursor.encode(List.of(
                                        last.item().createdAt.toString(),
                                        last.item().id.toString()))));
    }

    private static ContentSearch.Position position(String after, boolean relevance) {
        List<String> parts = Cursor.decode(after, 2);
        if (relevance) {
            if (!RELEVANCE.equals(parts.get(0))) {
                throw new InvalidInputException("after", "is not a cursor of this search");
            }
            long count = Cursor.longPart(parts.get(1));
            if (count < 0 || count > 10_000) {
                throw new InvalidInputException("after", "is not a cursor of this search");
            }
            return new ContentSearch.AfterHits((int) count);
        }
        try {
            return new ContentSearch.AfterItem(Instant.parse(parts.get(0)), Cursor.uuidPart(parts.get(1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("after", "is not a cursor returned by this API");
        }
    }

    private Uni<Void> checkUseCases(ContentDraft draft) {
        List<UUID> wanted = draft.targets().useCases();
        if (wanted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return useCases.count("id IN ?1", new HashSet<>(wanted))
                .chain(found -> found == new HashSet<>(wanted).size()
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom()
                                .failure(new InvalidInputException(
                                        "useCaseIds", "names a use case that does not exist")));
    }

    private static void write(ContentDraft draft, ContentItem item) {
        item.type = draft.type();
        item.title = draft.title();
        item.body = draft.body();
        item.url = draft.url();
        item.language = draft.language();
        item.textSearchConfiguration = TextSearchLanguage.configurationFor(draft.language());
        item.status = draft.status();
        draft.targets().applyTo(item);
    }

    private static boolean sameAs(ContentDraft draft, ContentItem item) {
        ContentItem probe = new ContentItem();
        write(draft, probe);
        return probe.type == item.type
                && Objects.equals(probe.title, item.title)
                && Objects.equals(probe.body, item.body)
                && Objects.equals(probe.url, item.url)
                && Objects.equals(probe.language, item.language)
                && probe.status == item.status
                && ContentTargets.of(probe).equals(ContentTargets.of(item));
    }
}
