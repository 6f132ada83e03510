package dev.tandem.content.item.rest;

import dev.tandem.content.item.domain.ContentFilter;
import dev.tandem.content.item.domain.ContentStatus;
import dev.tandem.content.item.domain.ContentType;
import dev.tandem.content.web.QueryValues;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /api/v1/content}; use with {@code @BeanParam @Valid}. */
public class ContentListParameters {

    /** Web-search syntax: words, "quoted phrases", -excluded, or. */
    @QueryParam("q")
    @Size(min = 1, max = 200)
    public String q;

    @QueryParam("type")
    public String type;

    /** Honoured for cs-admins only: everyone else sees published content alone. */
    @QueryParam("status")
    public String status;

    @QueryParam("language")
    @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language tag such as en or de-CH")
    public String language;

    @QueryParam("useCaseId")
    public String useCaseId;

    @QueryParam("role")
    public String role;

    @QueryParam("plan")
    @Size(max = 100)
    public String plan;

    @QueryParam("touchModel")
    public String touchModel;

    ContentFilter toFilter(boolean draftsVisible) {
        String query = q == null || q.isBlank() ? null : q.strip();
        return new ContentFilter(
                query,
                QueryValues.oneOf(ContentType.class, type, "type"),
                draftsVisible ? QueryValues.oneOf(ContentStatus.class, status, "status") : ContentStatus.PUBLISHED,
                language,
                QueryValues.id(useCaseId, "useCaseId"),
                QueryValues.oneOf(UserRole.class, role, "role"),
                plan,
                QueryValues.oneOf(TouchModel.class, touchModel, "touchModel"));
    }
}
