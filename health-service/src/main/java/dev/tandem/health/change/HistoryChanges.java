package dev.tandem.health.change;

import dev.tandem.health.domain.subject.AccountDay;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Accounts whose daily score history waits to be computed again from a day on ({@code score_history_change}): a poll
 * counting signals for past days (a late signal, a backfill of history) records each account's earliest such day.
 */
@ApplicationScoped
public class HistoryChanges extends ChangeQueue<AccountDay> {

    public HistoryChanges() {
        super("score_history_change", List.of("accounts", "days"), SubjectKind.ACCOUNT_DAYS);
    }
}
