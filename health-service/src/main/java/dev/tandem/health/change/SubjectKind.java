package dev.tandem.health.change;

import dev.tandem.health.domain.subject.AccountDay;
import dev.tandem.health.domain.subject.AccountUser;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A kind of subject that is scored and rescored: accounts, or end users. Tables name a subject by one text value per
 * column ({@link #values}), in a fixed order; subjects are rescored in {@link #order()}, so that a batch holds
 * neighbours, and one at a time within their lock space ({@link RescoringLocks}).
 *
 * @param <K> how a subject is named in code
 */
public final class SubjectKind<K> {

    /** Accounts, by the vendor's account id. */
    public static final SubjectKind<String> ACCOUNTS = new SubjectKind<>(
            "accounts",
            "tandem.rescoring",
            1,
            account -> new String[] {account},
            row -> row[0].toString(),
            Comparator.<String>naturalOrder());

    /** End users, by the vendor's account and user ids; neighbours of one account together. */
    public static final SubjectKind<AccountUser> END_USERS = new SubjectKind<>(
            "end users",
            "tandem.user-pql-rescoring",
            2,
            user -> new String[] {user.account(), user.user()},
            row -> new AccountUser(row[0].toString(), row[1].toString()),
            Comparator.comparing(AccountUser::account).thenComparing(AccountUser::user));

    /**
     * Accounts' score histories from a day on: for each account, the earliest day whose score must be computed again.
     * A history is only ever written whole for its days, so its rebuilds take no lock of their own.
     */
    public static final SubjectKind<AccountDay> ACCOUNT_DAYS = new SubjectKind<>(
            "account days",
            "tandem.history",
            2,
            day -> new String[] {day.account(), day.day().toString()},
            row -> new AccountDay(row[0].toString(), LocalDate.parse(row[1].toString())),
            Comparator.comparing(AccountDay::day).thenComparing(AccountDay::account));

    private final String plural;
    private final String lockSpace;
    private final int columns;
    private final Function<K, String[]> values;
    private final Function<Object[], K> fromRow;
    private final Comparator<K> order;

    private SubjectKind(
            String plural,
            String lockSpace,
            int columns,
            Function<K, String[]> values,
            Function<Object[], K> fromRow,
            Comparator<K> order) {
        this.plural = plural;
        this.lockSpace = lockSpace;
        this.columns = columns;
        this.values = values;
        this.fromRow = fromRow;
        this.order = order;
    }

    /** What they are called in the plural, for logs. */
    public String plural() {
        return plural;
    }

    /** How many text columns name one. */
    public int columns() {
        return columns;
    }

    /** The subject as its column values, in column order. */
    public String[] values(K subject) {
        return values.apply(subject);
    }

    /** The subjects as one text array per column, element {@code i} of each naming subject {@code i}. */
    public String[][] columnsOf(List<K> subjects) {
        String[][] arrays = new String[columns][subjects.size()];
        for (int i = 0; i < subjects.size(); i++) {
            String[] named = values(subjects.get(i));
            for (int c = 0; c < columns; c++) {
                arrays[c][i] = named[c];
            }
        }
        return arrays;
    }

    /** The subject named by a row's first {@link #columns()} values. */
    public K fromRow(Object[] row) {
        return fromRow.apply(row);
    }

    public Comparator<K> order() {
        return order;
    }

    String lockSpace() {
        return lockSpace;
    }

    /** The text a subject's lock key is a hash of: its values joined by {@code /}. */
    String lockName(K subject) {
        return String.join("/", values(subject));
    }
}
