package dev.tandem.cta.message.service;

import dev.tandem.cta.message.domain.MessageTemplate;
import dev.tandem.cta.message.domain.TemplateRenderer;
import dev.tandem.cta.message.repository.MessageTemplateRepository;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Tech-touch message templates; a placeholder the renderer cannot fill is refused when the template is saved. */
@ApplicationScoped
public class TemplateService {

    private final MessageTemplateRepository templates;
    private final Clock clock;

    public TemplateService(MessageTemplateRepository templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public Uni<List<MessageTemplate>> list() {
        return templates.listByName();
    }

    @WithTransaction
    public Uni<MessageTemplate> create(String name, String channel, String subject, String body) {
        List<FieldError> problems = new ArrayList<>();
        var unknownInSubject = TemplateRenderer.unknownPlaceholders(subject);
        var unknownInBody = TemplateRenderer.unknownPlaceholders(body);
        if (!unknownInSubject.isEmpty()) {
            problems.add(new FieldError("subject", "uses unknown placeholders " + unknownInSubject));
        }
        if (!unknownInBody.isEmpty()) {
            problems.add(new FieldError(
                    "body",
                    "uses unknown placeholders " + unknownInBody + "; known are "
                            + new java.util.TreeSet<>(TemplateRenderer.PLACEHOLDERS)));
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(problems));
        }
        return templates.count("name", name).chain(existing -> {
            if (existing > 0) {
                throw new ConflictException("A template named '" + name + "' exists already");
            }
            MessageTemplate template = new MessageTemplate();
            template.id = UUID.randomUUID();
            template.name = name.strip();
            template.channel = channel;
            template.subject = subject;
            template.body = body;
            template.createdAt = clock.instant();
            return templates.persist(template);
        });
    }
}
