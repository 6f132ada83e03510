package dev.tandem.gateway.account;

import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/** account-service, guarded: timeout, retries and circuit breaker; failures come as the gateway's coded errors. */
@ApplicationScoped
public class AccountClient {

    private static final String SERVICE = "account";

    private final Downstream downstream;
    private final AccountApi api;

    public AccountClient(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api(SERVICE, AccountApi.class);
    }

    /** A page of accounts; {@code filter} and {@code order} may be null for all accounts by name. */
    public Uni<Page<Account>> list(AccountFilter filter, AccountOrder order, int first, String after) {
        AccountFilter f = filter == null ? AccountFilter.ALL : filter;
        List<String> bands = f.band() == null
                ? null
                : f.band().stream().filter(Objects::nonNull).map(Enum::name).toList();
        return downstream.read(
                SERVICE,
                () -> api.list(
                        f.stage() == null ? null : f.stage().name(),
                        f.touchModel() == null ? null : f.touchModel().name(),
                        f.csmId(),
                        f.plan(),
                        f.renewalBefore(),
                        f.nameContains(),
                        bands,
                        order == null ? null : order.sortParameter(),
                        order == null ? null : order.directionParameter(),
                        first,
                        after));
    }

    public Uni<Account> get(String externalId) {
        return downstream.read(SERVICE, () -> api.get(externalId));
    }

    public Uni<List<Contract>> contracts(String externalId) {
        return downstream.read(SERVICE, () -> api.contracts(externalId));
    }

    public Uni<Page<EndUser>> users(String externalId, int first, String after) {
        return downstream.read(SERVICE, () -> api.users(externalId, first, after));
    }
}
