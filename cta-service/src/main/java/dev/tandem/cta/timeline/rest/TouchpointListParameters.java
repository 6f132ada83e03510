package dev.tandem.cta.timeline.rest;

import dev.tandem.cta.timeline.domain.TouchpointFilter;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;

/** The filters of an account's timeline; use with {@code @BeanParam}. */
public class TouchpointListParameters {

    @QueryParam("type")
    @Size(max = 40, message = "must be at most 40 characters")
    public String type;

    /** An end user's id, or a colleague's Keycloak id or user name. */
    @QueryParam("participant")
    @Size(max = 100, message = "must be at most 100 characters")
    public String participant;

    /** Touchpoints that happened at or after this instant. */
    @QueryParam("from")
    public Instant from;

    /** Touchpoints that happened before this instant. */
    @QueryParam("to")
    public Instant to;

    TouchpointFilter toFilter(UUID accountId) {
        return new TouchpointFilter(accountId, type, participant, from, to);
    }
}
