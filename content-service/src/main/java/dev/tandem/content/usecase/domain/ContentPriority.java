package dev.tandem.content.usecase.domain;

/**
 * What to write first: the use case whose explaining costs the CS team the most time. Priority = how often customers
 * ask about it (questions per month) x minutes spent explaining it per customer, i.e. CS minutes a month that
 * self-serve content could save.
 */
public final class ContentPriority {

    private ContentPriority() {}

    public static long of(int questionsPerMonth, int minutesPerCustomer) {
        if (questionsPerMonth < 0 || minutesPerCustomer < 0) {
            throw new IllegalArgumentException("Frequency and minutes must not be negative");
        }
        return (long) questionsPerMonth * minutesPerCustomer;
    }
}
