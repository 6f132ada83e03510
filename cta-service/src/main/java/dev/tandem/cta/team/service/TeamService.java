package dev.tandem.cta.team.service;

import dev.tandem.platform.directory.Directory;
import dev.tandem.platform.directory.Person;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The team directory as pages, by name: the people a CTA or an account can be given to. */
@ApplicationScoped
public class TeamService {

    private final Directory directory;

    public TeamService(Directory directory) {
        this.directory = directory;
    }

    /**
     * One page of the people holding {@code role} (either directory role when null), after the one a cursor names.
     * The directory is small and cached, so a page is cut from it in memory; the cursor holds the last person's sort
     * keys, so a page boundary holds when someone joins or leaves.
     */
    public Uni<Page<Person>> list(String role, int first, String after) {
        List<String> position = after == null ? null : Cursor.decode(after, 3);
        return directory
                .people()
                .map(people -> Page.of(
                        people.stream()
                                .filter(p -> role == null || p.roles().contains(role))
                                .filter(p -> position == null || compare(keys(p), position) > 0)
                                .limit(first + 1L)
                                .toList(),
                        first,
                        p -> Cursor.encode(keys(p))));
    }

    /** The directory's order: name without case, then user name, then id. */
    private static List<String> keys(Person p) {
        return List.of(p.name().toLowerCase(Locale.ROOT), p.username(), p.id());
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
