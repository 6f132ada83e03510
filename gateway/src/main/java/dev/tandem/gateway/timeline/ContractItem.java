package dev.tandem.gateway.timeline;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;

/** A contract started, changed, renewed or ended (account-service's audit trail). */
@Description("A contract started, changed, renewed or ended; the summary names the contract and its state after it")
public class ContractItem extends BaseItem implements TimelineItem {

    private final String actor;

    ContractItem(Instant occurredAt, TimelineKind kind, String summary, String actor) {
        super(occurredAt, kind, summary);
        this.actor = actor;
    }

    @Description("Who made the change: a user's id, an integration's service account, or system:<component>")
    public String getActor() {
        return actor;
    }
}
