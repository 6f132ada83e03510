package dev.tandem.simulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.simulator.model.AccountProfile;
import dev.tandem.simulator.model.Change;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An integrator's first sync: accounts, then users, then contracts as CSV files through account-service's bulk
 * import, each job followed until it completes. Far faster than one PUT per row, which the integrator rate limit
 * would hold to 50 a second.
 */
public final class BulkImport {

    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);

    private final PlatformClient client;
    private final Endpoints endpoints;

    public BulkImport(PlatformClient client, Endpoints endpoints) {
        this.client = client;
        this.endpoints = endpoints;
    }

    /** Imports the changes, accounts first; returns how many rows were imported. */
    public int apply(List<Change> changes) {
        List<Change.AccountUpsert> accounts = only(changes, Change.AccountUpsert.class);
        List<Change.UserUpsert> users = only(changes, Change.UserUpsert.class);
        List<Change.ContractUpsert> contracts = only(changes, Change.ContractUpsert.class);
        int rows = 0;
        rows += importCsv(
                "accounts",
                "externalId,name,industry,employeeBand,plan,signedUpAt",
                accounts.stream()
                        .map(a -> csv(
                                a.accountId(), a.name(), a.industry(), a.employeeBand(), a.plan(), a.signedUpAt())));
        // An inviter must stand in an earlier row: the simulation reports users in the order they joined.
        rows += importCsv(
                "users",
                "accountExternalId,externalId,email,name,role,seat,signedUpAt,invitedBy",
                users.stream()
                        .map(u -> csv(
                                u.accountId(),
                                u.userId(),
                                u.email(),
                                u.name(),
                                u.role(),
                                u.seat(),
                                u.signedUpAt(),
                                u.invitedBy())));
        rows += importCsv(
                "contracts",
                "accountExternalId,externalId,plan,arr,currency,seats,startDate,renewalDate,autoRenew,status,endReason",
                contracts.stream()
                        .map(c -> csv(
                                c.accountId(),
                                c.contractId(),
                                c.plan(),
                                c.arr().toPlainString(),
                                AccountProfile.CURRENCY,
                                c.seats(),
                                c.startDate(),
                                c.renewalDate(),
                                false,
                                c.status(),
                                c.endReason())));
        return rows;
    }

    /**
     * Loads a file of daily metric rows into health-service ({@code POST /api/v1/imports/daily-metrics}, bulk-loaded
     * and answered when committed); returns the rows loaded. A rejected row ends the run: the simulator writes none.
     */
    public int dailyMetrics(String csv) {
        JsonNode loaded = client.postText(endpoints.health().resolve("/api/v1/imports/daily-metrics"), "text/csv", csv);
        if (loaded.path("rejected").asInt() > 0) {
            throw new PlatformException("The daily-metric import rejected rows: " + loaded);
        }
        return loaded.path("imported").asInt();
    }

    private int importCsv(String kind, String header, Stream<String> rows) {
        List<String> lines = rows.collect(Collectors.toCollection(ArrayList::new));
        if (lines.isEmpty()) {
            return 0;
        }
        lines.add(0, header);
        URI imports = endpoints.account().resolve("/api/v1/imports/");
        JsonNode job = client.postText(imports.resolve(kind), "text/csv", String.join("\n", lines) + "\n");
        String id = job.path("id").asText();
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        while (!job.path("status").asText().equals("COMPLETED")) {
            if (job.path("status").asText().equals("FAILED") || Instant.now().isAfter(deadline)) {
                throw new PlatformException("The " + kind + " import " + id + " did not complete: " + job);
            }
            PlatformClient.pause(POLL_EVERY);
            job = client.get(imports.resolve(id));
        }
        if (job.path("rowsFailed").asInt() > 0) {
            throw new PlatformException("The " + kind + " import rejected "
                    + job.path("rowsFailed").asInt() + " rows: " + client.get(imports.resolve(id + "/errors")));
        }
        return job.path("rowsImported").asInt();
    }

    private static <T extends Change> List<T> only(List<Change> changes, Class<T> type) {
        return changes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** One CSV line; a field with a comma, quote or line break is quoted, an absent one left empty. */
    static String csv(Object... fields) {
        return Stream.of(fields)
                .map(field -> {
                    if (field == null) {
                        return "";
                    }
                    String text = field.toString();
                    return text.matches("[^,\"\\r\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
                })
                .collect(Collectors.joining(","));
    }
}
