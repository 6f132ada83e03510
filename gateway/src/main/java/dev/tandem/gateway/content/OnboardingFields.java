package dev.tandem.gateway.content;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.config.Roles;
import dev.tandem.gateway.error.InvalidInput;
import dev.tandem.gateway.paging.OneCallEach;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/**
 * An account's onboarding and its program, each loaded for a whole page of accounts in one call; what it should read
 * next.
 */
@GraphQLApi
public class OnboardingFields {

    private final ContentClient content;

    public OnboardingFields(ContentClient content) {
        this.content = content;
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The account's latest onboarding (null when it was never enrolled); for a page of accounts, one call"
            + " to content-service.")
    public Uni<List<Enrollment>> onboarding(@Source List<Account> accounts) {
        List<UUID> ids = accounts.stream().map(Account::id).distinct().toList();
        return content.enrollments(ids).map(found -> latestOf(accounts, found));
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("What the account (or one of its users, by the vendor's user id) should read next, best first (at"
            + " most 50): a call per account, asked of at most 10 accounts.")
    public Uni<List<List<Recommendation>>> recommendedContent(
            @Source List<Account> accounts, String userExternalId, @DefaultValue("10") int first) {
        if (first < 1 || first > 50) {
            return Uni.createFrom().failure(new InvalidInput("first: must be between 1 and 50"));
        }
        return OneCallEach.load(
                "recommendedContent",
                accounts,
                account -> content.recommendations(account.id(), userExternalId, first));
    }

    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Description("The program of the onboarding: for any number of enrollments, one call to content-service.")
    public Uni<List<Program>> program(@Source List<Enrollment> enrollments) {
        return content.programs().map(all -> {
            Map<String, Program> byId = new LinkedHashMap<>();
            all.stream().map(Program::of).forEach(program -> byId.put(program.id(), program));
            return enrollments.stream()
                    .map(e -> e.programId() == null
                            ? null
                            : byId.get(e.programId().toString()))
                    .toList();
        });
    }

    /** content-service lists enrollments newest first, so an account's first one is its latest. */
    private static List<Enrollment> latestOf(List<Account> accounts, List<Enrollment> found) {
        Map<UUID, Enrollment> latest = new LinkedHashMap<>();
        found.forEach(e -> latest.putIfAbsent(e.accountId(), e));
        return accounts.stream().map(a -> latest.get(a.id())).toList();
    }
}
