package dev.tandem.account.account.domain;

import java.util.Objects;

/**
 * The order of an account list. Ties are broken by id, so that a page boundary never skips or repeats an account.
 * Accounts without a score or without a renewal come last in either direction: a list by score or by renewal is looked
 * at for the accounts that have one.
 */
public record AccountSort(Key key, Direction direction) {

    public enum Direction {
        ASC,
        DESC
    }

    public enum Key {
        /** Case-insensitive. */
        NAME,
        /** The health score, N/A last. */
        SCORE,
        ARR,
        /** The next renewal date, none last. */
        RENEWAL;

        /** The value of this key for {@code listed}: a String, Integer, BigDecimal or LocalDate; null when missing. */
        public Object of(ListedAccount listed) {
            return switch (this) {
                case NAME -> listed.account().name;
                case SCORE -> listed.score();
                case ARR -> listed.account().arr;
                case RENEWAL -> listed.account().nextRenewalDate;
            };
        }
    }

    public AccountSort {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
    }

    public boolean descending() {
        return direction == Direction.DESC;
    }
}
