package dev.tandem.account.account.service;

import dev.tandem.account.account.domain.Account;
import dev.tandem.events.PreviousValues;
import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.BillingModel;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Occurs when the account came to be: its sign-up, which a first sync may date before it reached Tandem. */
    static AccountCreated created(Account account) {
        return state(account, account.createdAt, AccountCreated::new);
    }

    /** The update event, naming in {@code previous} what differs from {@code before}, a {@link #fields} snapshot. */
    static AccountUpdated updated(Account account, Map<String, Object> before) {
        Map<String, Object> previous = PreviousValues.between(before, fields(account));
        return state(
                account,
                account.updatedAt,
                (id,
                        externalId,
                        name,
                        industry,
                        band,
                        parent,
                        billing,
                        plan,
                        stage,
                        touch,
                        community,
                        csm,
                        cohort,
                        occurredAt) -> new AccountUpdated(
                        id,
                        externalId,
                        name,
                        industry,
                        band,
                        parent,
                        billing,
                        plan,
                        stage,
                        touch,
                        community,
                        csm,
                        cohort,
                        occurredAt,
                        previous));
    }

    /** The account's event-visible fields by name, taken before a change so that its event can say what it was. */
    static Map<String, Object> fields(Account a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", a.name);
        fields.put("industry", a.industry);
        fields.put("employeeBand", a.employeeBand);
        fields.put("billingModel", a.billingModel);
        fields.put("plan", a.plan);
        fields.put("stage", a.stage);
        fields.put("touchModel", a.touchModel);
        fields.put("community", a.community);
        fields.put("csmId", a.csmId);
        fields.put("cohort", a.cohort);
        return fields;
    }

    private static <E> E state(Account a, Instant occurredAt, AccountState<E> event) {
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
                occurredAt);
    }
}
