package dev.tandem.cta.message.rest;

import dev.tandem.cta.message.domain.MessageTemplate;
import java.time.Instant;
import java.util.UUID;

public record TemplateResponse(UUID id, String name, String channel, String subject, String body, Instant createdAt) {

    static TemplateResponse of(MessageTemplate template) {
        return new TemplateResponse(
                template.id, template.name, template.channel, template.subject, template.body, template.createdAt);
    }
}
