package dev.tandem.account.account.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Where the previous page of a sorted list ended: the last account's sort key and id. The next page starts after it.
 *
 * @param key the value {@link AccountSort.Key#of} gave for that account; null when it had none
 */
public record AccountPosition(Object key, UUID id) {

    public AccountPosition {
        Objects.requireNonNull(id, "id");
    }
}
