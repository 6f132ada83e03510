package dev.tandem.gateway.account;

import dev.tandem.gateway.client.Downstream;
import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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

    public Uni<Page<Account>> list(AccountFilter filter, int first, String after) {
        AccountFilter f = filter == null ? new AccountFilter(null, null, null, null, null, null) : filter;
        return downstream.read(
                SERVICE,
                () -> api.list(
                        f.stage() == null ? null : f.stage().name(),
                        f.touchModel() == null ? null : f.touchModel().name(),
                        f.csmId(),
                        f.plan(),
                        f.renewalBefore(),
                        f.nameContains(),
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
