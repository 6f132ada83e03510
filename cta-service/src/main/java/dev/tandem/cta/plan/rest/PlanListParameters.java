package dev.tandem.cta.plan.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** The filter of the plan list; use with {@code @BeanParam}. */
public class PlanListParameters {

    /** Repeat it for the plans of several accounts at once, as a page of accounts needs them. */
    @QueryParam("accountId")
    @Size(max = 200, message = "name at most 200 accounts")
    public List<UUID> accountId;
}
