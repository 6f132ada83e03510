package dev.tandem.account.imports.domain;

import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a CSV file imports, and the columns it may have. The columns are the fields of the matching PUT body, named the
 * same, plus the vendor's ids that the PUT takes from its path; the order of columns in a file is free.
 */
public enum ImportKind {
    ACCOUNTS(
            List.of("externalId"),
            List.of("name", "industry", "employeeBand", "billingModel", "plan", "signedUpAt"),
            List.of("externalId", "name")),
    USERS(
            List.of("accountExternalId", "externalId"),
            List.of("email", "name", "role", "seat", "signedUpAt", "invitedBy"),
            List.of("accountExternalId", "externalId")),
    CONTRACTS(
            List.of("accountExternalId", "externalId"),
            List.of(
                    "plan",
                    "arr",
                    "currency",
                    "seats",
                    "startDate",
                    "renewalDate",
                    "autoRenew",
                    "status",
                    "endReason",
                    "effectiveDate"),
            List.of("accountExternalId", "externalId", "plan", "arr", "currency", "seats", "startDate", "renewalDate"));

    private final List<String> idColumns;
    private final List<String> fieldColumns;
    private final List<String> requiredColumns;

    ImportKind(List<String> idColumns, List<String> fieldColumns, List<String> requiredColumns) {
        this.idColumns = idColumns;
        this.fieldColumns = fieldColumns;
        this.requiredColumns = requiredColumns;
    }

    /** The kind a path segment names: {@code accounts}, {@code users} or {@code contracts}. */
    public static Optional<ImportKind> fromPath(String segment) {
        for (ImportKind kind : values()) {
            if (kind.pathSegment().equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String pathSegment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The columns that hold the vendor's ids rather than fields of the body. */
    public List<String> idColumns() {
        return idColumns;
    }

    /** What is wrong with a file's header row, one error per column at fault; empty when it can be imported. */
    public List<FieldError> checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(idColumns);
        known.addAll(fieldColumns);
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!known.contains(column)) {
                errors.add(
                        new FieldError(column, "is not a column of a " + pathSegment() + " import; known: " + known));
            } else if (!seen.add(column)) {
                errors.add(new FieldError(column, "appears twice in the header"));
            }
        }
        for (String column : requiredColumns) {
            if (!seen.contains(column)) {
                errors.add(new FieldError(column, "is a required column and missing from the header"));
            }
        }
        return errors;
    }
}
