package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.CtaFilter;
import dev.tandem.cta.cta.domain.CtaStatus;
import dev.tandem.events.cta.CtaSource;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** The filters of the CTA list; use with {@code @BeanParam}. */
public class CtaListParameters {

    @QueryParam("accountId")
    public UUID accountId;

    @QueryParam("ownerId")
    public String ownerId;

    @QueryParam("status")
    public CtaStatus status;

    @QueryParam("type")
    public String type;

    @QueryParam("source")
    public CtaSource source;

    CtaFilter toFilter() {
        return new CtaFilter(accountId, ownerId, status, type, source);
    }
}
