package dev.tandem.cta.type.rest;

import dev.tandem.cta.type.domain.CtaType;

/** A kind of CTA as the API shows it. */
public record CtaTypeResponse(String key, String name, String description, boolean builtIn) {

    static CtaTypeResponse of(CtaType type) {
        return new CtaTypeResponse(type.key, type.name, type.description, type.builtIn);
    }
}
