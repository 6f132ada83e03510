package dev.tandem.events;

import dev.tandem.events.account.AccountCreated;
import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.AccountUpdated;
import dev.tandem.events.account.ContractChanged;
import dev.tandem.events.account.ContractEnded;
import dev.tandem.events.account.ContractRenewed;
import dev.tandem.events.account.ContractStarted;
import dev.tandem.events.account.CsmAssigned;
import dev.tandem.events.account.PurchaseRecorded;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.StageChanged;
import dev.tandem.events.account.UserCreated;
import dev.tandem.events.account.UserErased;
import dev.tandem.events.account.UserUpdated;
import dev.tandem.events.content.ContentViewed;
import dev.tandem.events.content.Enrolled;
import dev.tandem.events.content.MilestoneReached;
import dev.tandem.events.content.OnboardingExtended;
import dev.tandem.events.content.OnboardingFailed;
import dev.tandem.events.content.OnboardingSucceeded;
import dev.tandem.events.cta.CtaClosed;
import dev.tandem.events.cta.CtaCommented;
import dev.tandem.events.cta.CtaCreated;
import dev.tandem.events.cta.CtaSnoozed;
import dev.tandem.events.cta.CtaUpdated;
import dev.tandem.events.cta.MessageFailed;
import dev.tandem.events.cta.MessageSent;
import dev.tandem.events.cta.PlaybookAttached;
import dev.tandem.events.cta.SuccessPlanObjectiveStatusChanged;
import dev.tandem.events.cta.TaskCompleted;
import dev.tandem.events.cta.TaskReopened;
import dev.tandem.events.cta.TouchpointDeleted;
import dev.tandem.events.cta.TouchpointRecorded;
import dev.tandem.events.health.PqlChanged;
import dev.tandem.events.health.ScoreChanged;
import dev.tandem.events.health.UserPqlChanged;
import dev.tandem.events.signal.Signal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one registry of event types: which record is published under which CloudEvents type, on which topic, from which
 * source. Producers take type and source from here, consumers dispatch on {@link #byType(String)}.
 */
public final class EventCatalog {

    static final String ACCOUNT_SERVICE = "/account-service";
    static final String HEALTH_SERVICE = "/health-service";
    static final String CTA_SERVICE = "/cta-service";
    static final String CONTENT_SERVICE = "/content-service";

    private static final List<EventDescriptor> ALL = List.of(
            account(AccountCreated.TYPE, AccountCreated.class),
            account(AccountUpdated.TYPE, AccountUpdated.class),
            account(AccountErased.TYPE, AccountErased.class),
            account(UserCreated.TYPE, UserCreated.class),
            account(UserUpdated.TYPE, UserUpdated.class),
            account(UserErased.TYPE, UserErased.class),
            account(ContractStarted.TYPE, ContractStarted.class),
            account(ContractChanged.TYPE, ContractChanged.class),
            account(ContractRenewed.TYPE, ContractRenewed.class),
            account(ContractEnded.TYPE, ContractEnded.class),
            account(PurchaseRecorded.TYPE, PurchaseRecorded.class),
            account(StageChanged.TYPE, StageChanged.class),
            account(SegmentChanged.TYPE, SegmentChanged.class),
            account(CsmAssigned.TYPE, CsmAssigned.class),
            // Integrators may also publish signals directly; the source then still names the owning service.
            new EventDescriptor(Signal.TYPE, Topics.SIGNALS_RAW, HEALTH_SERVICE, Signal.class),
            health(ScoreChanged.TYPE, ScoreChanged.class),
            health(PqlChanged.TYPE, PqlChanged.class),
            health(UserPqlChanged.TYPE, UserPqlChanged.class),
            cta(CtaCreated.TYPE, CtaCreated.class),
            cta(CtaUpdated.TYPE, CtaUpdated.class),
            cta(CtaSnoozed.TYPE, CtaSnoozed.class),
            cta(CtaClosed.TYPE, CtaClosed.class),
            cta(TaskCompleted.TYPE, TaskCompleted.class),
            cta(MessageSent.TYPE, MessageSent.class),
            cta(CtaCommented.TYPE, CtaCommented.class),
            cta(TaskReopened.TYPE, TaskReopened.class),
            cta(PlaybookAttached.TYPE, PlaybookAttached.class),
            cta(MessageFailed.TYPE, MessageFailed.class),
            cta(TouchpointRecorded.TYPE, TouchpointRecorded.class),
            cta(TouchpointDeleted.TYPE, TouchpointDeleted.class),
            cta(SuccessPlanObjectiveStatusChanged.TYPE, SuccessPlanObjectiveStatusChanged.class),
            content(Enrolled.TYPE, Enrolled.class),
            content(MilestoneReached.TYPE, MilestoneReached.class),
            content(OnboardingSucceeded.TYPE, OnboardingSucceeded.class),
            content(OnboardingFailed.TYPE, OnboardingFailed.class),
            content(OnboardingExtended.TYPE, OnboardingExtended.class),
            content(ContentViewed.TYPE, ContentViewed.class));

    // toUnmodifiableMap throws on a duplicate key, so a type or class registered twice fails at class load.
    private static final Map<String, EventDescriptor> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventDescriptor::type, Function.identity()));
    private static final Map<Class<? extends TandemEvent>, EventDescriptor> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventDescriptor::dataClass, Function.identity()));

    private EventCatalog() {}

    /**
     * The descriptor of an event record.
     *
     * @throws IllegalArgumentException if the class is not registered
     */
    public static EventDescriptor of(Class<? extends TandemEvent> dataClass) {
        EventDescriptor descriptor = BY_CLASS.get(dataClass);
        if (descriptor == null) {
            throw new IllegalArgumentException("not a registered event: " + dataClass.getName());
        }
        return descriptor;
    }

    /** The descriptor of a CloudEvents type; empty for types this version does not know. */
    public static Optional<EventDescriptor> byType(String type) {
        return Optional.ofNullable(type).map(BY_TYPE::get);
    }

    /** Every registered event type, grouped by topic. */
    public static List<EventDescriptor> all() {
        return ALL;
    }

    private static EventDescriptor account(String type, Class<? extends TandemEvent> dataClass) {
        return new EventDescriptor(type, Topics.ACCOUNT_EVENTS, ACCOUNT_SERVICE, dataClass);
    }

    private static EventDescriptor health(String type, Class<? extends TandemEvent> dataClass) {
        return new EventDescriptor(type, Topics.HEALTH_EVENTS, HEALTH_SERVICE, dataClass);
    }

    private static EventDescriptor cta(String type, Class<? extends TandemEvent> dataClass) {
        return new EventDescriptor(type, Topics.CTA_EVENTS, CTA_SERVICE, dataClass);
    }

    private static EventDescriptor content(String type, Class<? extends TandemEvent> dataClass) {
        return new EventDescriptor(type, Topics.CONTENT_EVENTS, CONTENT_SERVICE, dataClass);
    }
}
