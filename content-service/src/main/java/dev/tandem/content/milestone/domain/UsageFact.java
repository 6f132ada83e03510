package dev.tandem.content.milestone.domain;

import java.time.LocalDate;
import java.util.Objects;

/** How often something happened at an account on one day (UTC). */
public record UsageFact(FactKind kind, String name, LocalDate day, long count) {

    public UsageFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(day, "day");
    }
}
