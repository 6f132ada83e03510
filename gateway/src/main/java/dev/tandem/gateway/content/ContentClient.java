package dev.tandem.gateway.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** content-service, guarded: timeout, retries and circuit breaker; failures come as the gateway's coded errors. */
@ApplicationScoped
public class ContentClient {

    private static final String SERVICE = "content";

    private final Downstream downstream;
    private final ContentApi api;

    public ContentClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, ContentApi.class);
    }

    /** The enrollments of many accounts (Tandem ids) in one call, newest first. */
    public Uni<List<Enrollment>> enrollments(List<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return downstream.read(SERVICE, () -> api.enrollments(accountIds));
    }

    public Uni<Enrollment> enroll(UUID accountId, UUID programId) {
        return downstream.write(SERVICE, () -> api.enroll(new ContentApi.EnrollmentBody(accountId, programId)));
    }

    public Uni<List<Recommendation>> recommendations(UUID accountId, String userId, int first) {
        return downstream
                .read(SERVICE, () -> api.recommendations(accountId, userId, first))
                .map(ContentApi.RecommendationList::items);
    }

    public Uni<Page<ContentItem>> search(String query, String type, int first, String after) {
        return downstream.read(SERVICE, () -> api.search(query, type, first, after));
    }

    public Uni<ContentItem> createContent(JsonNode item) {
        return downstream.write(SERVICE, () -> api.createContent(item));
    }

    public Uni<ContentItem> replaceContent(UUID id, JsonNode item) {
        return downstream.write(SERVICE, () -> api.replaceContent(id, item));
    }

    public Uni<Void> deleteContent(UUID id) {
        return downstream.write(SERVICE, () -> api.deleteContent(id));
    }

    public Uni<Page<ContentGap>> gaps(int first, String after) {
        return downstream.read(SERVICE, () -> api.gaps(first, after));
    }

    public Uni<List<JsonNode>> programs() {
        return downstream.read(SERVICE, api::programs);
    }

    public Uni<JsonNode> createProgram(JsonNode program) {
        return downstream.write(SERVICE, () -> api.createProgram(program));
    }

    public Uni<JsonNode> replaceProgram(UUID id, JsonNode program) {
        return downstream.write(SERVICE, () -> api.replaceProgram(id, program));
    }

    public Uni<JsonNode> stats(UUID programId) {
        return downstream.read(SERVICE, () -> api.stats(programId));
    }
}
