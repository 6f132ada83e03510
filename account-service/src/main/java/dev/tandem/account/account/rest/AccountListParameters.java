package dev.tandem.account.account.rest;

import dev.tandem.account.account.domain.AccountFilter;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The filters of {@code GET /api/v1/accounts}. Taken as text and parsed here, so that a wrong value is answered with
 * a 400 naming the parameter and the values it accepts, not with JAX-RS's bare 404.
 */
public class AccountListParameters {

    @QueryParam("stage")
    String stage;

    @QueryParam("touchModel")
    String touchModel;

    @QueryParam("csmId")
    @Size(max = 100)
    String csmId;

    @QueryParam("plan")
    @Size(max = 100)
    String plan;

    /** YYYY-MM-DD: accounts whose next renewal falls before this day. */
    @QueryParam("renewalBefore")
    String renewalBefore;

    /** A case-insensitive part of the name. */
    @QueryParam("q")
    @Size(min = 1, max = 100)
    String q;

    AccountFilter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        AccountFilter filter = new AccountFilter(
                parse("stage", stage, name -> LifecycleStage.valueOf(name), errors, LifecycleStage.values()),
                parse("touchModel", touchModel, name -> TouchModel.valueOf(name), errors, TouchModel.values()),
                csmId,
                plan,
                parse("renewalBefore", renewalBefore, LocalDate::parse, errors, null),
                q);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return filter;
    }

    private static <T> T parse(
            String field, String value, Function<String, T> parser, List<FieldError> errors, Object[] allowed) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(
                    field,
                    allowed == null ? "must be a date as YYYY-MM-DD" : "must be one of " + Arrays.toString(allowed)));
            return null;
        }
    }
}
