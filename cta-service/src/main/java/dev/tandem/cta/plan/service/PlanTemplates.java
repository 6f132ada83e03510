package dev.tandem.cta.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.plan.domain.PlanTemplate;
import dev.tandem.cta.plan.domain.TemplateObjective;
import dev.tandem.cta.plan.repository.PlanTemplateRepository;
import dev.tandem.cta.playbook.repository.PlaybookRepository;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Success plan templates: a cs-admin's objectives for a segment, from which accounts' plans are made. */
@ApplicationScoped
public class PlanTemplates {

    private static final TypeReference<List<TemplateObjective>> OBJECTIVES = new TypeReference<>() {};

    /** A template as defined and read. */
    public record Template(PlanTemplate template, List<TemplateObjective> objectives) {}

    private final PlanTemplateRepository templates;
    private final PlaybookRepository playbooks;
    private final ObjectMapper json;
    private final Clock clock;

    public PlanTemplates(
            PlanTemplateRepository templates, PlaybookRepository playbooks, ObjectMapper json, Clock clock) {
        this.templates = templates;
        this.playbooks = playbooks;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Template> define(String name, TouchModel touchModel, List<TemplateObjective> objectives) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            problems.addAll(objectives.get(i).problems("objectives[" + i + "]."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return knownPlaybooks(objectives)
                .chain(() -> templates.nameTaken(name.strip()))
                .chain(taken -> {
                    if (taken) {
                        throw new ConflictException("A success plan template named \"" + name.strip() + "\" exists");
                    }
                    PlanTemplate template = new PlanTemplate();
                    template.id = UUID.randomUUID();
                    template.name = name.strip();
                    template.touchModel = touchModel;
                    template.objectives = write(objectives);
                    template.createdAt = clock.instant();
                    return templates.persist(template).replaceWith(new Template(template, objectives));
                });
    }

    @WithSession
    public Uni<List<Template>> list() {
        return templates
                .listInOrder()
                .map(found -> found.stream().map(this::read).toList());
    }

    @WithSession
    public Uni<Template> get(UUID id) {
        return templates.findById(id).map(found -> {
            if (found == null) {
                throw new NotFoundException("Success plan template", id);
            }
            return read(found);
        });
    }

    /** The template a plan is to be made from, in the caller's session: 400 naming {@code templateId} when unknown. */
    Uni<Template> toPlanFrom(UUID id) {
        return templates.findById(id).map(found -> {
            if (found == null) {
                throw new InvalidInputException("templateId", "is not a success plan template");
            }
            return read(found);
        });
    }

    private Uni<Void> knownPlaybooks(List<TemplateObjective> objectives) {
        Uni<Void> checked = Uni.createFrom().voidItem();
        for (int i = 0; i < objectives.size(); i++) {
            UUID playbookId = objectives.get(i).playbookId();
            String field = "objectives[" + i + "].playbookId";
            if (playbookId != null) {
                checked = checked.chain(() -> playbooks.findById(playbookId).map(playbook -> {
                    if (playbook == null) {
                        throw new InvalidInputException(field, "is not a playbook");
                    }
                    return null;
                }));
            }
        }
        return checked;
    }

    private Template read(PlanTemplate template) {
        try {
            return new Template(template, json.readValue(template.objectives, OBJECTIVES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored template " + template.id + " does not read back", e);
        }
    }

    private String write(List<TemplateObjective> objectives) {
        try {
            return json.writeValueAsString(objectives);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
