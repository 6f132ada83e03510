package dev.tandem.cta.notification.service;

import dev.tandem.cta.delivery.domain.UrlRedaction;
import dev.tandem.cta.delivery.service.OutboundPolicy;
import dev.tandem.cta.notification.domain.Choice;
import dev.tandem.cta.notification.domain.NotificationChannel;
import dev.tandem.cta.notification.domain.NotificationKind;
import dev.tandem.cta.notification.domain.NotificationSettings;
import dev.tandem.cta.notification.repository.NotificationStore;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Reads and replaces one person's notification settings, refusing channels without an address. */
@ApplicationScoped
public class NotificationPreferences {

    /** A choice as a request states it, before it is checked. */
    public record Requested(NotificationKind kind, List<NotificationChannel> channels, boolean digest) {}

    private final NotificationStore store;
    private final OutboundPolicy outbound;
    private final Clock clock;

    public NotificationPreferences(NotificationStore store, OutboundPolicy outbound, Clock clock) {
        this.store = store;
        this.outbound = outbound;
        this.clock = clock;
    }

    @WithSession
    public Uni<NotificationSettings> of(String person) {
        return store.settings(person);
    }

    @WithTransaction
    public Uni<NotificationSettings> replace(
            String person, String email, String slackUrl, String teamsUrl, List<Requested> kinds) {
        return store.settings(person).chain(stored -> {
            String slack = keptIfShownCut(slackUrl, stored.slackUrl());
            String teams = keptIfShownCut(teamsUrl, stored.teamsUrl());
            List<FieldError> problems = new ArrayList<>();
            checkUrl("slackUrl", slack, problems);
            checkUrl("teamsUrl", teams, problems);
            NotificationSettings addresses = new NotificationSettings(blankToNull(email), slack, teams, Map.of());
            Map<NotificationKind, Choice> choices = new EnumMap<>(NotificationKind.class);
            for (int i = 0; i < kinds.size(); i++) {
                Requested requested = kinds.get(i);
                if (choices.containsKey(requested.kind())) {
                    problems.add(new FieldError("kinds[" + i + "].kind", "names " + requested.kind() + " twice"));
                }
                for (NotificationChannel channel : requested.channels()) {
                    if (addresses.addressOf(channel).isEmpty()) {
                        problems.add(new FieldError(
                                "kinds[" + i + "].channels",
                                "names " + channel + " without an address for it (" + addressField(channel) + ")"));
                    }
                }
                choices.put(requested.kind(), new Choice(new HashSet<>(requested.channels()), requested.digest()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            NotificationSettings settings = new NotificationSettings(addresses.email(), slack, teams, choices);
            return store.save(person, settings, clock.instant()).replaceWith(settings);
        });
    }

    private void checkUrl(String field, String url, List<FieldError> problems) {
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            problems.add(new FieldError(field, "must be an http or https URL"));
        } else if (url != null) {
            outbound.refusalOfWritten(url).ifPresent(reason -> problems.add(new FieldError(field, reason)));
        }
    }

    private static String keptIfShownCut(String sent, String stored) {
        String url = blankToNull(sent);
        return url != null && stored != null && !url.equals(stored) && url.equals(UrlRedaction.redact(stored))
                ? stored
                : url;
    }

    private static String addressField(NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> "email";
            case SLACK -> "slackUrl";
            case TEAMS -> "teamsUrl";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
