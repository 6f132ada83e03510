package dev.tandem.simulator.platform;

import dev.tandem.simulator.model.AccountProfile;
import dev.tandem.simulator.model.Change;
import dev.tandem.simulator.model.SignalDraft;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an integrator does: idempotent PUTs of accounts, users and contracts, and batches of signals. */
public final class IntegratorApi {

    /** The most signals health-service takes in one request. */
    public static final int MAX_SIGNAL_BATCH = 1_000;

    private final PlatformClient client;
    private final Endpoints endpoints;

    public IntegratorApi(PlatformClient client, Endpoints endpoints) {
        this.client = client;
        this.endpoints = endpoints;
    }

    public void apply(Change change) {
        if (change instanceof Change.AccountUpsert account) {
            client.put(
                    accountUri(account.accountId(), ""),
                    body(
                            "name", account.name(),
                            "industry", account.industry(),
                            "employeeBand", account.employeeBand(),
                            "plan", account.plan(),
                            "signedUpAt", account.signedUpAt()));
        } else if (change instanceof Change.UserUpsert user) {
            client.put(
                    accountUri(user.accountId(), "/users/" + user.userId()),
                    body(
                            "email", user.email(),
                            "name", user.name(),
                            "role", user.role(),
                            "seat", user.seat(),
                            "signedUpAt", user.signedUpAt(),
                            "invitedBy", user.invitedBy()));
        } else if (change instanceof Change.ContractUpsert contract) {
            client.put(
                    accountUri(contract.accountId(), "/contracts/" + contract.contractId()),
                    body(
                            "plan", contract.plan(),
                            "arr", contract.arr(),
                            "currency", AccountProfile.CURRENCY,
                            "seats", contract.seats(),
                            "startDate", contract.startDate(),
                            "renewalDate", contract.renewalDate(),
                            "autoRenew", false,
                            "status", contract.status(),
                            "endReason", contract.endReason()));
        }
    }

    public void send(List<SignalDraft> signals) {
        if (signals.size() > MAX_SIGNAL_BATCH) {
            throw new IllegalArgumentException("At most " + MAX_SIGNAL_BATCH + " signals a batch");
        }
        client.post(endpoints.health().resolve("/api/v1/signals"), Map.of("signals", signals));
    }

    private URI accountUri(String accountId, String rest) {
        return endpoints.account().resolve("/api/v1/accounts/" + accountId + rest);
    }

    /** Name-value pairs in order; nulls are left out of the JSON. */
    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }
}
