package dev.tandem.gateway.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A whole content item to create or to replace one with, as content-service takes it ({@code POST/PUT
 * /api/v1/content}): a body, a URL or both. content-service checks it and its field errors come back as VALIDATION.
 */
@Input("ContentInput")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentInput(
        ContentKind type,
        String title,
        @Description("Required when there is no url") String body,
        @Description("http or https") String url,

        @Description("A language tag such as en or de-CH; it decides how search reads the text")
        String language,

        @Description("DRAFT when left out") ContentStatus status,
        List<UUID> useCaseIds,
        @Description("Every role when left out") Set<UserRole> targetRoles,
        @Description("Every plan when left out") Set<String> plans,
        @Description("Every touch model when left out") Set<TouchModel> touchModels,

        @Description("Required when replacing: the version the edit started from")
        Integer version) {}
