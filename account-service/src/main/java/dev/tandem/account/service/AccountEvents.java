package dev.tandem.account.service;

import dev.tandem.account.domain.Account;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountUpdated;
import java.time.YearMonth;

/** Builds the state-carrying events that tell other services what an account now looks like. */
final class AccountEvents {

    private AccountEvents() {}

    static AccountCreated created(Account a) {
        return new AccountCreated(
                a.id,
                a.externalId,
                a.name,
                a.industry,
                a.employeeBand,
                null,
                a.billingModel,
                a.plan,
                a.stage,
                a.touchModel,
                a.community,
                a.csmId,
                cohort(a),
                a.updatedAt);
    }

    static AccountUpdated updated(Account a) {
        return new AccountUpdated(
                a.id,
                a.externalId,
                a.name,
                a.industry,
                a.employeeBand,
                null,
                a.billingModel,
                a.plan,
                a.stage,
                a.touchModel,
                a.community,
                a.csmId,
                cohort(a),
                a.updatedAt);
    }

    private static YearMonth cohort(Account a) {
        return a.cohort == null ? null : YearMonth.parse(a.cohort);
    }
}
