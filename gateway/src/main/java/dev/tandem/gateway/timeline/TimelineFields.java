package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.error.InvalidInput;
import dev.tandem.gateway.paging.OneCallEach;
import dev.tandem.gateway.paging.PageSize;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/**
 * The account timeline: touchpoints and CTAs (cta-service), band changes (health-service), onboarding (content-service)
 * and contract changes (account-service) merged newest first. Each source is asked for at most {@code first} items at
 * or before the cursor's time, all at once; the merge keeps the first {@code first} after the cursor.
 */
@GraphQLApi
public class TimelineFields {

    private final List<TimelineSource> sources;

    public TimelineFields(Instance<TimelineSource> sources) {
        this.sources = sources.stream().toList();
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("What happened at the account, newest first: touchpoints, CTAs opened and closed, health band changes,"
            + " onboarding enrollments, milestones and outcomes, contract changes. `types` keeps some kinds,"
            + " `touchpointTypes` some types of touchpoint (CALL, QBR, …), `person` what a person took part in or did"
            + " (a touchpoint's participant or author, a CTA's owner, who changed a contract). A call to each service per"
            + " account: asked of at most 10 accounts.")
    public Uni<List<TimelineConnection>> timeline(
            @Source List<Account> accounts,
            @DefaultValue("50") int first,
            String after,
            List<TimelineKind> types,
            List<String> touchpointTypes,
            String person) {
        TimelineCursor cursor;
        TimelineFilter filter;
        try {
            cursor = TimelineCursor.decode(after);
            filter = TimelineFilter.of(types, touchpointTypes, person);
        } catch (InvalidInput refused) {
            return Uni.createFrom().failure(refused);
        }
        return PageSize.checked(first)
                .chain(size -> OneCallEach.load("timeline", accounts, account -> page(account, size, cursor, filter)));
    }

    private Uni<TimelineConnection> page(Account account, int first, TimelineCursor cursor, TimelineFilter filter) {
        List<Uni<SourceReader.Slice>> reads = sources.stream()
                .filter(filter::asks)
                .map(source -> SourceReader.read(
                        source,
                        account,
                        cursor == null ? null : cursor.occurredAt(),
                        first,
                        entry -> filter.admits(entry) && (cursor == null || cursor.precedes(entry))))
                .toList();
        if (reads.isEmpty()) {
            return Uni.createFrom().item(TimelineConnection.merge(List.of(), first));
        }
        return Uni.join().all(reads).andFailFast().map(slices -> TimelineConnection.merge(slices, first));
    }
}
