package dev.tandem.platform;

import dev.tandem.events.account.AccountCreated;
import dev.tandem.platform.inbox.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A projection of account.events, as a service keeps one, recording each applied event. */
@ApplicationScoped
public class ProbeConsumer {

    private final Inbox inbox;

    public ProbeConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("account-events-in")
    public Uni<Void> consume(Message<String> message) {
        return inbox.consume("probe-consumer", message, event -> {
            if (!(event.data() instanceof AccountCreated account)) {
                return Uni.createFrom().voidItem();
            }
            return Panache.getSession()
                    .chain(session -> session.createNativeQuery(
                                    "INSERT INTO seen_account (event_id, account_id, name) VALUES (:event, :account, :name)")
                            .setParameter("event", event.id())
                            .setParameter("account", account.accountId())
                            .setParameter("name", account.name())
                            .executeUpdate());
        });
    }
}
