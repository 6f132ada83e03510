package dev.tandem.cta.cta.domain;

import dev.tandem.events.cta.CtaPriority;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CSM changes by hand on an open CTA: its priority and its due date. Everything else is either the CTA's
 * identity (account, type, and reason: rules find the open CTA they add to by it), or has its own action (owner:
 * reassign; status: snooze and close), or is the server's (source, rule, trigger count, timestamps).
 *
 * @param priority empty when not to be changed
 * @param dueDate empty when not to be changed; present and empty to clear the due date
 */
public record CtaChanges(Optional<CtaPriority> priority, Optional<Optional<LocalDate>> dueDate) {

    public CtaChanges {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /**
     * Whether these changes would give {@code cta} a due date before {@code today}. Re-sending the due date an overdue
     * CTA already has is not a move into the past: a form that sends every field back must still work on it.
     */
    public boolean movesDueDateBefore(Cta cta, LocalDate today) {
        return dueDate.flatMap(d -> d)
                .filter(day -> day.isBefore(today) && !day.equals(cta.dueDate))
                .isPresent();
    }

    /** Applies these changes to {@code cta}; true when anything differs afterwards, so that only then is it announced. */
    public boolean applyTo(Cta cta) {
        boolean changed = false;
        if (priority.isPresent() && priority.get() != cta.priority) {
            cta.priority = priority.get();
            changed = true;
        }
        if (dueDate.isPresent() && !Objects.equals(dueDate.get().orElse(null), cta.dueDate)) {
            cta.dueDate = dueDate.get().orElse(null);
            changed = true;
        }
        return changed;
    }
}
