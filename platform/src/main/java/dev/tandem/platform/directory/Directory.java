package dev.tandem.platform.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The team directory: the people holding the {@code csm} or {@code cs-admin} realm role, read from Keycloak and cached
 * (docs/team-directory.md), so that nobody has to know a person's subject id. Fails with a 503 problem when there is
 * nothing to serve.
 */
@ApplicationScoped
public class Directory {

    /** The realm roles whose members make the directory. */
    public static final List<String> ROLES = List.of(Roles.CSM, Roles.CS_ADMIN);

    private static final Logger LOG = Logger.getLogger(Directory.class);
    private static final Comparator<Person> BY_NAME = Comparator.comparing(
                    (Person p) -> p.name().toLowerCase(Locale.ROOT))
            .thenComparing(Person::username)
            .thenComparing(Person::id);

    private final DirectoryCache cache;

    public Directory(DirectoryConfig config, Clock clock, ObjectMapper json) {
        DirectoryCache.Policy policy = new DirectoryCache.Policy(config.ttl(), config.maxStale(), config.retryAfter());
        this.cache = new DirectoryCache(source(config, json), policy, clock);
    }

    /** Everyone in the directory, by name. */
    public Uni<List<Person>> people() {
        return onCallersContext(cache.people())
                .map(people -> people.stream().sorted(BY_NAME).toList());
    }

    /** The person with this e-mail (any case), or a 400 naming {@code field}. */
    public Uni<Person> byEmail(String field, String email) {
        return find(field, "e-mail", Person::email, email);
    }

    /** The person with this user name (any case), or a 400 naming {@code field}. */
    public Uni<Person> byUsername(String field, String username) {
        return find(field, "user name", Person::username, username);
    }

    private Uni<Person> find(String field, String what, Function<Person, String> key, String value) {
        return people().map(people -> people.stream()
                .filter(p -> key.apply(p) != null && key.apply(p).equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field, "no one with the csm or cs-admin role has this " + what + " in the team directory")));
    }

    /**
     * Keycloak's answers complete on the HTTP client's threads; a caller that goes on to the database must be back on
     * its own Vert.x context, where its reactive session lives.
     */
    private static <T> Uni<T> onCallersContext(CompletionStage<T> stage) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().completionStage(stage);
        return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private static PeopleSource source(DirectoryConfig config, ObjectMapper json) {
        Optional<String> realmUrl = config.realmUrl()
                .or(() -> ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class));
        if (realmUrl.isEmpty() || config.clientSecret().isEmpty()) {
            LOG.warn("The team directory is not configured (tandem.directory.client-secret, and realm-url or"
                    + " quarkus.oidc.auth-server-url): it answers 503");
            return () -> CompletableFuture.failedFuture(new DirectoryReadException("the directory is not configured"));
        }
        return new KeycloakPeopleSource(
                KeycloakPeopleSource.KeycloakEndpoints.of(realmUrl.get()),
                config.clientId(),
                config.clientSecret().get(),
                ROLES,
                config.maxPeople(),
                config.timeout(),
                json);
    }
}
