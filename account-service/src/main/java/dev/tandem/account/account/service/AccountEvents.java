package dev.tandem.account.account.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** Builds the state-carrying events that tell other services what an account now looks like. */
final class AccountEvents {

    /** The shape AccountCreated and AccountUpdated share: the whole account as it is now. */
    @FunctionalInterface
    private interface AccountState<E> {
        E of(
                UUID accountId,
                String externalId,
                String name,
                String industry,
                String employeeBand,
                UUID parentAccountId,
                BillingModel billingModel,
                String plan,
                LifecycleStage stage,
                TouchModel touchModel,
                boolean community,
                String csmId,
                YearMonth cohort,
                Instant occurredAt);
    }

    private AccountEvents() {}

    static AccountCreated created(Account account) {
        return state(account, AccountCreated::new);
    }

    static AccountUpdated updated(Account account) {
        return state(account, AccountUpdated::new);
    }

    private static <E> E state(Account a, AccountState<E> event) {
        YearMonth cohort = a.cohort == null ? null : YearMonth.parse(a.cohort);
        return event.of(
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
                cohort,
                a.updatedAt);
    }
}
