package dev.tandem.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code first} and {@code after} query parameters of every list endpoint; use with {@code @BeanParam @Valid}.
 * The cap on {@code first} bounds what one request can make the server read.
 */
public class PageParameters {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    @QueryParam("first")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int first;

    /** The {@code nextCursor} of the previous page; absent for the first page. */
    @QueryParam("after")
    public String after;
}
