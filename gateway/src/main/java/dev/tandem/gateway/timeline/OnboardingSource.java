package dev.tandem.gateway.timeline;

import dev.tandem.gateway.account.Account;
import dev.tandem.gateway.client.Downstream;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Enrollments, milestones reached and onboarding outcomes, from content-service; no person is named. */
@ApplicationScoped
class OnboardingSource implements TimelineSource {

    private final Downstream downstream;
    private final TimelineApis.Content api;

    OnboardingSource(Downstream downstream) {
        this.downstream = downstream;
        this.api = downstream.api("content", TimelineApis.Content.class);
    }

    @Override
    public Set<TimelineKind> kinds() {
        return TimelineKind.ONBOARDING;
    }

    @Override
    public boolean namesPeople() {
        return false;
    }

    @Override
    public Uni<List<TimelineEntry>> before(Account account, Instant before, int limit) {
        return downstream
                .read("content", () -> api.onboardingEvents(account.id(), before, limit))
                .map(events -> events.stream().map(OnboardingSource::entry).toList());
    }

    private static TimelineEntry entry(TimelineApis.OnboardingEvent event) {
        TimelineKind kind = switch (event.kind()) {
            case "ENROLLED" -> TimelineKind.ONBOARDING_ENROLLED;
            case "MILESTONE_REACHED" -> TimelineKind.MILESTONE_REACHED;
            case "SUCCEEDED" -> TimelineKind.ONBOARDING_SUCCEEDED;
            default -> TimelineKind.ONBOARDING_FAILED;
        };
        String id = event.enrollmentId() + (event.milestoneId() == null ? "" : "/" + event.milestoneId());
        return new TimelineEntry(
                event.occurredAt(),
                kind,
                id,
                Set.of(),
                null,
                new OnboardingItem(
                        event.occurredAt(),
                        kind,
                        event.enrollmentId(),
                        event.programId(),
                        event.programName(),
                        event.milestoneId(),
                        event.milestoneName()));
    }
}
