package dev.tandem.content.item.rest;

import dev.tandem.content.item.domain.ContentStatus;
import dev.tandem.content.item.domain.ContentTargets;
import dev.tandem.content.item.domain.ContentType;
import dev.tandem.content.item.service.ContentDraft;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/content} and {@code PUT /api/v1/content/{id}}: a body, a URL or both.
 *
 * @param language a language tag such as {@code en} or {@code de-CH}; it decides how search reads the text
 * @param status DRAFT when absent
 * @param version on replacement, the version last seen: a stale one is refused with 409
 */
public record ContentItemRequest(
        @NotNull ContentType type,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100_000) String body,

        @Size(max = 2_000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url,

        @NotBlank
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language tag such as en or de-CH")
        String language,

        ContentStatus status,
        @Size(max = 50) List<@NotNull UUID> useCaseIds,
        @Size(max = 6) Set<@NotNull UserRole> targetRoles,

        @Size(max = 50)
        Set<@NotNull @Pattern(regexp = "[^,]{1,100}", message = "must be 1-100 characters, no comma") String> plans,

        @Size(max = 3) Set<@NotNull TouchModel> touchModels,
        @Min(1) Integer version) {

    ContentDraft toDraft() {
        if ((body == null || body.isBlank()) && url == null) {
            throw new InvalidInputException("body", "is required when there is no url");
        }
        return new ContentDraft(
                type,
                title.strip(),
                body == null || body.isBlank() ? null : body,
                url,
                language,
                status == null ? ContentStatus.DRAFT : status,
                new ContentTargets(
                        useCaseIds == null ? List.of() : useCaseIds,
                        targetRoles == null ? Set.of() : targetRoles,
                        plans == null ? Set.of() : plans,
                        touchModels == null ? Set.of() : touchModels),
                version);
    }
}
