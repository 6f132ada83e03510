package dev.tandem.cta.message.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record TemplateRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @NotBlank(message = "is required")
        @Pattern(regexp = "[a-z][a-z0-9_]{1,30}", message = "must be lower snake case, e.g. email or in_app")
        String channel,

        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        String subject,

        @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters")
        String body) {}
