package dev.tandem.cta.rule.service;

import dev.tandem.cta.account.domain.AccountFacts;
import dev.tandem.cta.cta.domain.LinkedSignal;
import dev.tandem.cta.cta.domain.OwnerResolution;
import dev.tandem.cta.cta.repository.CtaStore;
import dev.tandem.cta.cta.repository.CtaStore.NewCta;
import dev.tandem.cta.cta.service.CtaOpener;
import dev.tandem.cta.delivery.domain.FiredAction;
import dev.tandem.cta.delivery.service.DeliveryQueue;
import dev.tandem.cta.rule.config.RuleConfig;
import dev.tandem.cta.rule.domain.Action;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.TriggerContext;
import dev.tandem.cta.survey.service.CampaignService;
import dev.tandem.events.cta.CtaPriority;
import dev.tandem.events.cta.CtaSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a fired rule does: open CTAs, queue tech-touch messages, webhooks and surveys. */
@ApplicationScoped
public class RuleActions {

    private final CtaOpener opener;
    private final CtaStore ctas;
    private final DeliveryQueue deliveries;
    private final RuleConfig config;
    private final CampaignService campaigns;
    private final Clock clock;

    public RuleActions(
            CtaOpener opener,
            CtaStore ctas,
            DeliveryQueue deliveries,
            CampaignService campaigns,
            RuleConfig config,
            Clock clock) {
        this.opener = opener;
        this.campaigns = campaigns;
        this.ctas = ctas;
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Whether the rule is held back because a CTA it would add to is snoozed: a snooze means "leave this with me until
     * then", so the rule stays quiet, messages and webhooks included.
     */
    public Uni<Boolean> snoozed(Rule rule, UUID accountId) {
        LocalDate today = LocalDate.now(clock);
        Uni<Boolean> snoozed = Uni.createFrom().item(false);
        for (Action action : rule.definition().actions()) {
            if (action.kind() == Action.Kind.CREATE_CTA) {
                snoozed = snoozed.chain(already -> already
                        ? Uni.createFrom().item(true)
                        : ctas.snoozedUntil(accountId, action.ctaType(), action.reasonOr(rule.name()))
                                .map(until -> until.isPresent() && until.get().isAfter(today)));
            }
        }
        return snoozed;
    }

    public Uni<Void> run(Rule rule, AccountFacts account, TriggerContext trigger) {
        List<Action> actions = rule.definition().actions();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < actions.size(); i++) {
            int index = i;
            Action action = actions.get(i);
            chain = chain.chain(() -> switch (action.kind()) {
                case CREATE_CTA -> openCta(rule, action, account, trigger);
                case SEND_MESSAGE ->
                    deliveries
                            .message(fired(rule, index, trigger), action.templateId(), action.url(), account)
                            .replaceWithVoid();
                case CALL_WEBHOOK ->
                    deliveries
                            .webhook(fired(rule, index, trigger), action.url(), action.formatOrDefault(), account)
                            .replaceWithVoid();
                case SEND_SURVEY ->
                    campaigns
                            .queueForAccount(
                                    action.surveyId(),
                                    account.accountId(),
                                    action.roles(),
                                    action.throttleDaysOrDefault(),
                                    action.delayDaysOrDefault(),
                                    rule.name(),
                                    "rule " + rule.id())
                            .replaceWithVoid();
            });
        }
        return chain;
    }

    private static FiredAction fired(Rule rule, int actionIndex, TriggerContext trigger) {
        return new FiredAction(
                rule.id(),
                rule.name(),
                rule.definition().trigger().kind().name(),
                actionIndex,
                trigger.key(),
                trigger.summary(),
                trigger.at(),
                trigger.userId());
    }

    private Uni<Void> openCta(Rule rule, Action action, AccountFacts account, TriggerContext trigger) {
        Uni<Long> turn = OwnerResolution.needsTurn(account.csmId(), action.defaultOwner(), action.team())
                ? ctas.takeTurn(rule.id())
                : Uni.createFrom().item(0L);
        return turn.chain(taken -> {
                    String owner = OwnerResolution.owner(account.csmId(), action.defaultOwner(), action.team(), taken);
                    int dueIn = action.dueInDays() == null ? config.defaultDueInDays() : action.dueInDays();
                    // A CTA preparing a dated event (a renewal) is due on that day: its playbook spreads over the time
                    // left before it, not over the action's few days.
                    LocalDate due = trigger.eventDate() != null
                            ? trigger.eventDate()
                            : LocalDate.now(clock).plusDays(dueIn);
                    NewCta cta = new NewCta(
                            account.accountId(),
                            action.ctaType(),
                            action.reasonOr(rule.name()),
                            action.priority() == null ? CtaPriority.MEDIUM : action.priority(),
                            owner,
                            due,
                            CtaSource.RULE,
                            rule.id());
                    return opener.open(
                            cta, action.playbookId(), new LinkedSignal(trigger.key(), trigger.summary(), trigger.at()));
                })
                .replaceWithVoid();
    }
}
