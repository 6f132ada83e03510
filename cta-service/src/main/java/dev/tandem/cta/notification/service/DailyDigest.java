package dev.tandem.cta.notification.service;

import dev.tandem.cta.notification.config.NotificationConfig;
import dev.tandem.cta.notification.domain.Choice;
import dev.tandem.cta.notification.domain.Notice;
import dev.tandem.cta.notification.domain.NotificationChannel;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.domain.NotificationSettings;
import dev.tandem.cta.notification.repository.NotificationStore;
import dev.tandem.cta.notification.repository.NotificationStore.Digested;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Once a day, each person who chose the digest (or has notifications waiting for it) gets one message: what waited for
 * the digest, then their cockpit's open CTAs, those due first. The digest is itself a notification keyed by the day,
 * so it goes once per person and day whichever replica or re-run gets there; a person's digest is their own
 * transaction, so one failure holds up nobody else's.
 */
@ApplicationScoped
public class DailyDigest {

    private final NotificationStore store;
    private final Notifier notifier;
    private final NotificationConfig config;
    private final Clock clock;

    public DailyDigest(NotificationStore store, Notifier notifier, NotificationConfig config, Clock clock) {
        this.store = store;
        this.notifier = notifier;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "notification-daily-digest",
            cron = "${tandem.cta.notification.digest-cron:0 0 7 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return send(LocalDate.now(clock));
    }

    /** Every reader's digest of {@code day}; those sent already for that day are not sent again. */
    public Uni<Void> send(LocalDate day) {
        return Panache.withSession(store::digestReaders).chain(readers -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (String person : readers) {
                chain = chain.chain(() -> Panache.withTransaction(() -> digestOf(person, day)));
            }
            return chain;
        });
    }

    private Uni<Void> digestOf(String person, LocalDate day) {
        return store.settings(person)
                .chain(settings -> store.pendingDigest(person)
                        .chain(waiting -> store.openCtas(person, day, config.digestSize())
                                .chain(open -> {
                                    List<String> lines = new ArrayList<>();
                                    waiting.forEach(n -> lines.add("• " + n.title()));
                                    lines.add(
                                            open.isEmpty()
                                                    ? "No open CTAs in your cockpit."
                                                    : "Your open CTAs, due first:");
                                    open.forEach(cta -> lines.add("• " + cta.reason()
                                            + (cta.dueDate() == null ? "" : " (due " + cta.dueDate() + ")")));
                                    Notice digest = new Notice(
                                            person,
                                            NotificationKind.DAILY_DIGEST,
                                            day.toString(),
                                            null,
                                            "Your Tandem digest for " + day,
                                            lines);
                                    UUID id = UUID.randomUUID();
                                    return store.record(
                                                    id,
                                                    digest,
                                                    false,
                                                    clock.instant().truncatedTo(ChronoUnit.MICROS))
                                            .chain(isNew -> isNew
                                                    ? store.markDigested(waiting.stream()
                                                                    .map(Digested::id)
                                                                    .toList())
                                                            .chain(() -> notifier.send(
                                                                    id, digest, settings, channels(settings)))
                                                    : Uni.createFrom().voidItem());
                                })));
    }

    /** The digest's own channels, or else those of the kinds collected into it. */
    static Set<NotificationChannel> channels(NotificationSettings settings) {
        Choice own = settings.choiceFor(NotificationKind.DAILY_DIGEST);
        if (!own.channels().isEmpty()) {
            return own.channels();
        }
        Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        settings.choices().values().stream().filter(Choice::digest).forEach(c -> channels.addAll(c.channels()));
        return channels;
    }
}
