package dev.tandem.cta.timeline.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** What a touchpoint search looks for; use with {@code @BeanParam}. */
public class SearchParameters {

    /** Words, "quoted phrases", {@code or}, {@code -excluded}: as in a web search. */
    @QueryParam("q")
    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    public String q;
}
