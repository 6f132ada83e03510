package dev.tandem.cta.rule.service;

import dev.tandem.cta.delivery.service.OutboundPolicy;
import dev.tandem.cta.message.repository.MessageTemplateRepository;
import dev.tandem.cta.playbook.repository.PlaybookRepository;
import dev.tandem.cta.rule.domain.Action;
import dev.tandem.cta.rule.domain.Rule;
import dev.tandem.cta.rule.domain.RuleDefinition;
import dev.tandem.cta.rule.domain.StoredRule;
import dev.tandem.cta.rule.repository.RuleRepository;
import dev.tandem.cta.survey.repository.SurveyStore;
import dev.tandem.cta.type.repository.CtaTypeRepository;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Rules a cs-admin defines: validated against the trigger kind and what the actions name, then stored whole. */
@ApplicationScoped
public class RuleService {

    private final RuleRepository rules;
    private final RuleCatalog catalog;
    private final CtaTypeRepository types;
    private final PlaybookRepository playbooks;
    private final MessageTemplateRepository templates;
    private final Clock clock;
    private final OutboundPolicy outbound;
    private final SurveyStore surveys;

    public RuleService(
            RuleRepository rules,
            RuleCatalog catalog,
            CtaTypeRepository types,
            PlaybookRepository playbooks,
            MessageTemplateRepository templates,
            Clock clock,
            OutboundPolicy outbound,
            SurveyStore surveys) {
        this.rules = rules;
        this.catalog = catalog;
        this.types = types;
        this.playbooks = playbooks;
        this.templates = templates;
        this.clock = clock;
        this.outbound = outbound;
        this.surveys = surveys;
    }

    @WithSession
    public Uni<List<Rule>> list() {
        return rules.listByName()
                .map(found -> found.stream().map(catalog::toRule).toList());
    }

    @WithSession
    public Uni<Rule> get(UUID id) {
        return require(id).map(catalog::toRule);
    }

    @WithTransaction
    public Uni<Rule> create(RuleDefinition definition) {
        return validate(definition)
                .chain(() -> {
                    StoredRule stored = new StoredRule();
                    stored.id = UUID.randomUUID();
                    stored.createdAt = clock.instant();
                    apply(stored, definition);
                    return rules.persist(stored).map(catalog::toRule);
                })
                .invoke(catalog::invalidate);
    }

    @WithTransaction
    public Uni<Rule> replace(UUID id, RuleDefinition definition) {
        return require(id)
                .call(() -> validate(definition))
                .map(stored -> {
                    apply(stored, definition);
                    return catalog.toRule(stored);
                })
                .invoke(catalog::invalidate);
    }

    /** Deletes the rule with its firing history; CTAs it opened stay. */
    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return require(id).chain(rules::delete).invoke(catalog::invalidate);
    }

    private Uni<StoredRule> require(UUID id) {
        return rules.findById(id).map(stored -> {
            if (stored == null) {
                throw new NotFoundException("Rule", id);
            }
            return stored;
        });
    }

    private void apply(StoredRule stored, RuleDefinition definition) {
        stored.name = definition.name().strip();
        stored.enabled = definition.enabled();
        stored.triggerKind = definition.trigger().kind().name();
        stored.definition = catalog.write(definition);
        stored.updatedAt = Instant.now(clock);
    }

    /**
     * Field errors of the definition itself first; then whether the CTA types, playbooks, templates and surveys exist.
     */
    private Uni<Void> validate(RuleDefinition definition) {
        List<FieldError> problems = new ArrayList<>(definition.problems());
        for (int i = 0; i < definition.actions().size(); i++) {
            String url = definition.actions().get(i).url();
            String at = "actions[" + i + "].url";
            if (url != null
                    && problems.stream().noneMatch(problem -> problem.field().equals(at))) {
                outbound.refusalOfWritten(url).ifPresent(reason -> problems.add(new FieldError(at, reason)));
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(problems));
        }
        List<FieldError> missing = new ArrayList<>();
        Uni<Void> checks = Uni.createFrom().voidItem();
        for (int i = 0; i < definition.actions().size(); i++) {
            Action action = definition.actions().get(i);
            String at = "actions[" + i + "]";
            if (action.kind() == Action.Kind.CREATE_CTA) {
                checks = checks.chain(() -> types.findById(action.ctaType())
                        .invoke(type -> addIf(missing, type == null, at + ".ctaType", "is not a CTA type"))
                        .replaceWithVoid());
                if (action.playbookId() != null) {
                    checks = checks.chain(() -> playbooks
                            .findById(action.playbookId())
                            .invoke(found -> addIf(missing, found == null, at + ".playbookId", "is not a playbook"))
                            .replaceWithVoid());
                }
            }
            if (action.kind() == Action.Kind.SEND_MESSAGE) {
                checks = checks.chain(() -> templates
                        .findById(action.templateId())
                        .invoke(found -> addIf(missing, found == null, at + ".templateId", "is not a message template"))
                        .replaceWithVoid());
            }
            if (action.kind() == Action.Kind.SEND_SURVEY) {
                checks = checks.chain(() -> surveys.find(action.surveyId())
                        .invoke(found -> addIf(
                                missing,
                                found == null,
                                at + ".surveyId",
                                "is not a survey; GET /api/v1/surveys lists them"))
                        .replaceWithVoid());
            }
        }
        return checks.invoke(() -> {
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
        });
    }

    private static void addIf(List<FieldError> problems, boolean condition, String field, String reason) {
        if (condition) {
            problems.add(new FieldError(field, reason));
        }
    }
}
