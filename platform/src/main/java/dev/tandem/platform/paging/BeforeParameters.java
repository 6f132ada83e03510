package dev.tandem.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;

/**
 * The {@code before} and {@code limit} query parameters of an account's lists of what happened (the sources the
 * gateway's account timeline merges): items that happened at or before {@code before}, newest first, at most
 * {@code limit}. The time is the cursor: a merge of several such lists pages by time, which an opaque cursor of one list
 * cannot do. Use with {@code @BeanParam @Valid}.
 */
public class BeforeParameters {

    /** Now, when {@code before} is absent. */
    @QueryParam("before")
    public Instant before;

    @QueryParam("limit")
    @DefaultValue("" + PageParameters.DEFAULT_SIZE)
    @Min(value = 1, message = "must be at least 1")
    @Max(value = PageParameters.MAX_SIZE, message = "must be at most " + PageParameters.MAX_SIZE)
    public int limit;

    /** {@code before}, or the latest time a timestamp column can hold when it was not given. */
    public Instant beforeOrLatest() {
        return before != null ? before : LATEST;
    }

    /** Later than anything stored: 9999-12-31, the latest date inputs may carry. */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
}
