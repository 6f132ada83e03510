package dev.tandem.cta.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.account.repository.AccountFactsReader;
import dev.tandem.cta.delivery.domain.ChatMessage;
import dev.tandem.cta.delivery.service.DeliveryQueue;
import dev.tandem.cta.notification.domain.Choice;
import dev.tandem.cta.notification.domain.Notice;
import dev.tandem.cta.notification.domain.NotificationChannel;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.domain.NotificationSettings;
import dev.tandem.cta.notification.repository.NotificationStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a person of the CS team about something, once: inside the caller's transaction, the notification is recorded
 * under its unique (person, kind, event) key and, only when that is new, one delivery per chosen channel is queued (or
 * it waits for the digest). The delivery worker sends them after commit, with retries; a redelivered event, a re-run
 * job or a second replica finds the key taken and queues nothing.
 */
@ApplicationScoped
public class Notifier {

    private final NotificationStore store;
    private final DeliveryQueue deliveries;
    private final AccountFactsReader accounts;
    private final ObjectMapper json;
    private final Clock clock;

    public Notifier(
            NotificationStore store,
            DeliveryQueue deliveries,
            AccountFactsReader accounts,
            ObjectMapper json,
            Clock clock) {
        this.store = store;
        this.deliveries = deliveries;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Tells the CSM of an account, if it has one; the account's name heads the lines.
     *
     * @param title what happened, to which the account's name is added
     */
    public Uni<Void> toCsmOf(UUID accountId, NotificationKind kind, String eventKey, String title, List<String> lines) {
        return about(accountId, null, kind, eventKey, title, lines);
    }

    /** Tells {@code person} about something on an account; the account's name is added to the title. */
    public Uni<Void> toPerson(
            String person, UUID accountId, NotificationKind kind, String eventKey, String title, List<String> lines) {
        return about(accountId, person, kind, eventKey, title, lines);
    }

    private Uni<Void> about(
            UUID accountId, String person, NotificationKind kind, String eventKey, String title, List<String> lines) {
        return accounts.of(accountId).chain(account -> {
            String to = person != null ? person : account == null ? null : account.csmId();
            if (to == null) {
                return Uni.createFrom().voidItem();
            }
            String about = account == null || account.name() == null ? accountId.toString() : account.name();
            return notify(new Notice(to, kind, eventKey, accountId, title + ": " + about, lines));
        });
    }

    public Uni<Void> notify(Notice notice) {
        return store.settings(notice.person()).chain(settings -> {
            Choice choice = settings.choiceFor(notice.kind());
            boolean digest = choice.digest() && notice.kind() != NotificationKind.DAILY_DIGEST;
            UUID id = UUID.randomUUID();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return store.record(id, notice, digest && !choice.channels().isEmpty(), now)
                    .chain(isNew -> isNew && !digest
                            ? send(id, notice, settings, choice.channels())
                            : Uni.createFrom().voidItem());
        });
    }

    /** Queues a delivery per channel that has an address; a recorded notice is sent on its own channels. */
    Uni<Void> send(UUID id, Notice notice, NotificationSettings settings, Set<NotificationChannel> channels) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (NotificationChannel channel : channels) {
            var address = settings.addressOf(channel);
            if (address.isEmpty()) {
                continue;
            }
            chain = chain.chain(() -> deliveries
                    .notification(
                            id,
                            channel.name().toLowerCase(java.util.Locale.ROOT),
                            channel == NotificationChannel.EMAIL ? "mailto:" + address.get() : address.get(),
                            payload(notice, channel, address.get()),
                            notice.accountId())
                    .replaceWithVoid());
        }
        return chain;
    }

    private String payload(Notice notice, NotificationChannel channel, String address) {
        ChatMessage chat = new ChatMessage(notice.title(), notice.lines());
        Object payload = switch (channel) {
            case SLACK -> chat.slack();
            case TEAMS -> chat.teams();
            case EMAIL -> email(notice, address);
        };
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A notification cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> email(Notice notice, String address) {
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("to", address);
        mail.put("kind", notice.kind());
        mail.put("subject", notice.title());
        mail.put("lines", notice.lines());
        return mail;
    }
}
