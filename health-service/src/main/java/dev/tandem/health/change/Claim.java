package dev.tandem.health.change;

import java.util.List;

/**
 * Changes claimed together: their ids, what they name (each once, in the order they are to be rescored) and how many
 * they name in all, counting a subject named by several changes each time.
 */
public record Claim<K>(List<Long> changes, List<K> named, long namings) {

    public static <K> Claim<K> none() {
        return new Claim<>(List.of(), List.of(), 0);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
