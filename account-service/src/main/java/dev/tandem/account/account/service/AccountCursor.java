package dev.tandem.account.account.service;

import dev.tandem.account.account.domain.AccountPosition;
import dev.tandem.account.account.domain.AccountSort;
import dev.tandem.account.account.domain.ListedAccount;
import dev.tandem.platform.paging.Cursor;
import dev.tandem.platform.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The cursor of an account list: the sort it was made for, the last account's sort key and its id. A cursor made for
 * one sort is refused for another, where it would mark no position at all.
 */
final class AccountCursor {

    /** Stands for a missing key (no score, no renewal); a present key of those kinds is never empty. */
    private static final String NONE = "";

    private AccountCursor() {}

    static String after(AccountSort sort, ListedAccount last) {
        Object key = sort.key().of(last);
        return Cursor.encode(List.of(
                tag(sort), key == null ? NONE : text(key), last.account().id.toString()));
    }

    /** @throws InvalidInputException naming {@code after} for a cursor not made here or made for another sort */
    static AccountPosition position(AccountSort sort, String cursor) {
        List<String> parts = Cursor.decode(cursor, 3);
        if (!parts.get(0).equals(tag(sort))) {
            throw new InvalidInputException("after", "belongs to a list in another order; start again without after");
        }
        return new AccountPosition(key(sort.key(), parts.get(1)), Cursor.uuidPart(parts.get(2)));
    }

    private static String tag(AccountSort sort) {
        return sort.key() + ":" + sort.direction();
    }

    private static String text(Object key) {
        return key instanceof BigDecimal amount ? amount.toPlainString() : key.toString();
    }

    private static Object key(AccountSort.Key key, String text) {
        if (key == AccountSort.Key.NAME) {
            return text;
        }
        if (text.equals(NONE)) {
            return null;
        }
        try {
            return switch (key) {
                case SCORE -> Integer.valueOf(text);
                case ARR -> new BigDecimal(text);
                case RENEWAL -> LocalDate.parse(text);
                case NAME -> throw new IllegalStateException("handled above");
            };
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "is not a cursor returned by this API");
        }
    }
}
