package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.CtaFilter;
import dev.tandem.cta.cta.domain.CtaStatus;
import dev.tandem.events.cta.CtaSource;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** The filters of the CTA list; use with {@code @BeanParam}. */
public class CtaListParameters {

    static final int MAX_ACCOUNTS = 200;

    /** Repeat it for the CTAs of several accounts at once, as a page of accounts needs them. */
    @QueryParam("accountId")
    @Size(max = MAX_ACCOUNTS, message = "name at most " + MAX_ACCOUNTS + " accounts")
    public List<UUID> accountId;

    @QueryParam("ownerId")
    public String ownerId;

    @QueryParam("status")
    public CtaStatus status;

    @QueryParam("type")
    public String type;

    @QueryParam("source")
    public CtaSource source;

    /** The CTAs waiting in a queue (GET /queues lists them). */
    @QueryParam("queue")
    @Size(max = 100, message = "must be at most 100 characters")
    public String queue;

    CtaFilter toFilter() {
        return new CtaFilter(accountId, ownerId, status, type, source, queue);
    }
}
