package dev.tandem.gateway.cta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** cta-service, guarded: timeout, retries and circuit breaker; failures come as the gateway's coded errors. */
@ApplicationScoped
public class CtaClient {

    private static final String SERVICE = "cta";

    /**
     * How many pages of CTAs one batch follows at most: a page of accounts rarely has more than one page (200) of
     * open CTAs, and this bounds what a page of accounts with many closed ones can cost.
     */
    static final int MAX_PAGES_PER_BATCH = 5;

    private final Downstream downstream;
    private final CtaApi api;

    public CtaClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, CtaApi.class);
    }

    /** The CTAs of many accounts (Tandem ids) in one call per 200 CTAs, newest first. */
    public Uni<List<Cta>> ofAccounts(List<UUID> accountIds, CtaStatus status) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return collect(accountIds, status, null, new ArrayList<>(), 1);
    }

    private Uni<List<Cta>> collect(List<UUID> accountIds, CtaStatus status, String after, List<Cta> found, int page) {
        return downstream
                .read(SERVICE, () -> api.list(accountIds, null, status, PageSize.MAX, after))
                .chain(result -> {
                    found.addAll(result.items());
                    return result.hasMore() && page < MAX_PAGES_PER_BATCH
                            ? collect(accountIds, status, result.nextCursor(), found, page + 1)
                            : Uni.createFrom().item(found);
                });
    }

    public Uni<Page<Cta>> ofOwner(String ownerId, CtaStatus status, int first, String after) {
        return downstream.read(SERVICE, () -> api.list(null, ownerId, status, first, after));
    }

    public Uni<List<CockpitItem>> cockpit(int first) {
        return downstream.read(SERVICE, () -> api.cockpit(first));
    }

    public Uni<List<CockpitItem>> teamCockpit(String ownerId, String queue, int first) {
        return downstream.read(SERVICE, () -> api.teamCockpit(ownerId, queue, first));
    }

    public Uni<List<CtaQueue>> queues() {
        return downstream.read(SERVICE, api::queues);
    }

    public Uni<Cta> pull(UUID id) {
        return downstream.write(SERVICE, () -> api.pull(id));
    }

    public Uni<Cta> take(UUID id) {
        return downstream.write(SERVICE, () -> api.take(id));
    }

    public Uni<List<CtaTask>> tasks(UUID ctaId) {
        return downstream.read(SERVICE, () -> api.tasks(ctaId));
    }

    public Uni<Cta> open(CtaInputs.NewCta cta) {
        return downstream.write(SERVICE, () -> api.open(cta));
    }

    /** Sends a JSON merge patch of the CTA; like every write, never retried. */
    public Uni<Cta> update(UUID id, ObjectNode patch) {
        return downstream.write(SERVICE, () -> api.update(id, patch));
    }

    public Uni<Cta> snooze(UUID id, CtaInputs.Snooze snooze) {
        return downstream.write(SERVICE, () -> api.snooze(id, snooze));
    }

    public Uni<Cta> close(UUID id, CtaInputs.Close close) {
        return downstream.write(SERVICE, () -> api.close(id, close));
    }

    public Uni<Cta> reassign(UUID id, CtaInputs.Reassign reassign) {
        return downstream.write(SERVICE, () -> api.reassign(id, reassign));
    }

    public Uni<Void> comment(UUID id, CtaInputs.Comment comment) {
        return downstream.write(SERVICE, () -> api.comment(id, comment)).replaceWithVoid();
    }

    public Uni<CtaTask> completeTask(UUID ctaId, UUID taskId) {
        return downstream.write(SERVICE, () -> api.taskDone(ctaId, taskId));
    }

    public Uni<List<JsonNode>> rules() {
        return downstream.read(SERVICE, api::rules);
    }

    public Uni<JsonNode> createRule(JsonNode rule) {
        return downstream.write(SERVICE, () -> api.createRule(rule));
    }

    public Uni<JsonNode> replaceRule(String id, JsonNode rule) {
        return downstream.write(SERVICE, () -> api.replaceRule(id, rule));
    }

    public Uni<Void> deleteRule(String id) {
        return downstream.write(SERVICE, () -> api.deleteRule(id));
    }
}
