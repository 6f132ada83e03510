package dev.tandem.cta.plan.rest;

import dev.tandem.cta.plan.domain.TemplateObjective;
import dev.tandem.cta.plan.service.PlanTemplates.Template;
import dev.tandem.events.account.TouchModel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TemplateResponse(
        UUID id, String name, TouchModel touchModel, List<TemplateObjective> objectives, Instant createdAt) {

    static TemplateResponse of(Template t) {
        return new TemplateResponse(
                t.template().id, t.template().name, t.template().touchModel, t.objectives(), t.template().createdAt);
    }
}
