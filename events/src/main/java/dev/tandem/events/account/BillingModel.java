package dev.tandem.events.account;

/** How an account pays: on a subscription, or by one-off purchases (where churn means no repeat purchase). */
public enum BillingModel {
    SUBSCRIPTION,
    ONE_OFF
}
