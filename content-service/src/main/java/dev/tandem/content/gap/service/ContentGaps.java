package dev.tandem.content.gap.service;

import dev.tandem.content.item.domain.ContentItem;
import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.item.repository.ContentItemRepository;
import dev.tandem.content.usecase.domain.UseCase;
import dev.tandem.content.usecase.service.UseCaseService;
import dev.tandem.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The content gaps view: use cases in priority order (the CS time content would save), each with the content that
 * covers it, so the team sees which valuable use cases still lack published content and writes those first.
 */
@ApplicationScoped
public class ContentGaps {

    /** A use case and every item covering it, drafts included (a draft is work under way, not coverage). */
    public record Gap(UseCase useCase, List<ContentItem> coveredBy) {}

    private final UseCaseService useCases;
    private final ContentItemRepository items;

    public ContentGaps(UseCaseService useCases, ContentItemRepository items) {
        this.useCases = useCases;
        this.items = items;
    }

    @WithSession
    public Uni<Page<Gap>> byPriority(int first, String after) {
        return useCases.byPriority(first, after).chain(page -> {
            List<java.util.UUID> ids =
                    page.items().stream().map(useCase -> useCase.id).toList();
            return items.covering(ids)
                    .map(covering -> page.map(useCase -> new Gap(
                            useCase,
                            covering.stream()
                                    .filter(item ->
                                            ContentTargets.of(item).useCases().contains(useCase.id))
                                    .toList())));
        });
    }
}
