package dev.tandem.account.retention.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A book of contract terms and the figures it gives, computed term by term. This is the definition the repository's
 * set-based queries implement; it reads like the docs (account-service/docs/retention.md) and its tests reproduce their
 * worked examples.
 */
public final class ContractBook {

    private final List<BookTerm> terms;

    public ContractBook(List<BookTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /** The account's ARR in force on {@code day}: the sum of its terms in force that day. */
    public BigDecimal arrOn(String account, LocalDate day) {
        return terms.stream()
                .filter(t -> t.account().equals(account) && t.inForceOn(day))
                .map(BookTerm::arr)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Movements movements(Period period) {
        Set<String> accounts = new TreeSet<>();
        terms.forEach(t -> accounts.add(t.account()));
        Movements movements = Movements.NONE;
        for (String account : accounts) {
            movements = movements.plus(arrOn(account, period.dayBefore()), arrOn(account, period.to()));
        }
        return movements;
    }

    public Renewals renewals(Period period) {
        List<BookTerm> due = terms.stream().filter(t -> t.dueIn(period)).toList();
        long pending = due.stream().filter(t -> t.outcome() == null).count();
        long renewed = due.stream()
                .filter(t -> t.outcome() != null && t.outcome().renewed())
                .count();
        return new Renewals(due.size(), renewed, due.size() - pending - renewed, pending);
    }

    public RetentionMetrics metrics(Period period) {
        return RetentionMetrics.of(movements(period), renewals(period));
    }
}
