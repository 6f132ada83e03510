package dev.tandem.gateway.paging;

import dev.tandem.gateway.error.InvalidInput;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/**
 * Loads a field whose service answers for one parent at a time (an account's users, a CTA's tasks): one call per
 * parent, all at once. Such fields are for a detail view, so a query may ask them of at most {@link #MAX_PARENTS}
 * parents; more is refused (VALIDATION) before any call, so no page of 200 accounts turns into 200 calls.
 */
public final class OneCallEach {

    public static final int MAX_PARENTS = 10;

    private OneCallEach() {}

    public static <S, T> Uni<List<T>> load(String field, List<S> parents, Function<S, Uni<T>> call) {
        if (parents.size() > MAX_PARENTS) {
            return Uni.createFrom()
                    .failure(new InvalidInput(field + ": may be asked of at most " + MAX_PARENTS
                            + " parents in one query (it costs a call each); ask it of one account or CTA at a time"));
        }
        if (parents.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<T>> calls = parents.stream().map(call).toList();
        return Uni.join().all(calls).andFailFast();
    }
}
