package dev.tandem.account.imports.service;

import dev.tandem.platform.problem.FieldError;
import java.util.List;

/** A row that cannot be applied, with what is wrong with it, column by column. */
class RowRejected extends Exception {

    private final transient List<FieldError> errors;

    RowRejected(List<FieldError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    RowRejected(String column, String reason) {
        this(List.of(new FieldError(column, reason)));
    }

    List<FieldError> errors() {
        return errors;
    }
}
