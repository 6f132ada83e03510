package dev.tandem.account.account.rest;

import dev.tandem.account.account.domain.AccountFilter;
import dev.tandem.account.account.domain.AccountSort;
import dev.tandem.account.account.domain.ScoreBand;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.http.InputBounds;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters and order of {@code GET /api/v1/accounts}. Taken as text and parsed here, so that a wrong value is
 * answered with a 400 naming the parameter and the values it accepts, not with JAX-RS's bare 404.
 */
public class AccountListParameters {

    /** What the parameters ask for, once every value is known to be good. */
    public record Parsed(AccountFilter filter, AccountSort sort) {

        /** Whether the answer depends on health scores, which integrators may not read. */
        public boolean readsHealth() {
            return !filter.bands().isEmpty() || sort.key() == AccountSort.Key.SCORE;
        }
    }

    private static final List<String> SORT_KEYS = List.of("name", "score", "arr", "renewal");
    private static final List<String> DIRECTIONS = List.of("asc", "desc");

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

    @QueryParam("band")
    @Parameter(
            description = "Accounts whose health is in this band; repeat for any of several (band=RED&band=NA)."
                    + " NA: no score (not scored yet, no data, or churned). Not for integrators.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ScoreBand.class))
    List<String> band;

    @QueryParam("sort")
    @Parameter(
            description = "The order: name (case-insensitive, the default), score (health; not for integrators), arr or"
                    + " renewal (the next renewal date). Accounts without a score or a renewal come last either way.",
            schema =
                    @Schema(
                            enumeration = {"name", "score", "arr", "renewal"},
                            defaultValue = "name"))
    String sort;

    @QueryParam("direction")
    @Parameter(
            description = "asc (the default) or desc",
            schema =
                    @Schema(
                            enumeration = {"asc", "desc"},
                            defaultValue = "asc"))
    String direction;

    Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        AccountFilter filter = new AccountFilter(
                parse("stage", stage, name -> LifecycleStage.valueOf(name), errors, LifecycleStage.values()),
                parse("touchModel", touchModel, name -> TouchModel.valueOf(name), errors, TouchModel.values()),
                csmId,
                plan,
                parse("renewalBefore", renewalBefore, AccountListParameters::date, errors, null),
                q,
                bands(errors));
        AccountSort.Key key = parse(
                "sort", sort == null ? "name" : sort, AccountListParameters::sortKey, errors, SORT_KEYS.toArray());
        AccountSort.Direction order = parse(
                "direction",
                direction == null ? "asc" : direction,
                AccountListParameters::direction,
                errors,
                DIRECTIONS.toArray());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Parsed(filter, new AccountSort(key, order));
    }

    private Set<ScoreBand> bands(List<FieldError> errors) {
        Set<ScoreBand> bands = new LinkedHashSet<>();
        if (band != null) {
            for (String value : band) {
                ScoreBand parsed = parse("band", value, ScoreBand::valueOf, errors, ScoreBand.values());
                if (parsed != null) {
                    bands.add(parsed);
                }
            }
        }
        return bands;
    }

    /** A date the database can compare with: the years of {@link InputBounds}. */
    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        if (InputBounds.refusalOfDate(date).isPresent()) {
            throw new IllegalArgumentException(value);
        }
        return date;
    }

    /** The documented lower-case names only, so that a list's links and cursors have one spelling. */
    private static AccountSort.Key sortKey(String value) {
        if (!SORT_KEYS.contains(value)) {
            throw new IllegalArgumentException(value);
        }
        return AccountSort.Key.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static AccountSort.Direction direction(String value) {
        if (!DIRECTIONS.contains(value)) {
            throw new IllegalArgumentException(value);
        }
        return AccountSort.Direction.valueOf(value.toUpperCase(Locale.ROOT));
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
                    allowed == null
                            ? "must be a date as YYYY-MM-DD in the years 1900 to 9999"
                            : "must be one of " + Arrays.toString(allowed)));
            return null;
        }
    }
}
