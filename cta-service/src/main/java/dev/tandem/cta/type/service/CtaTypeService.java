package dev.tandem.cta.type.service;

import dev.tandem.cta.type.domain.CtaType;
import dev.tandem.cta.type.repository.CtaTypeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kinds of CTA a rule or a CSM can open. */
@ApplicationScoped
public class CtaTypeService {

    private final CtaTypeRepository types;

    public CtaTypeService(CtaTypeRepository types) {
        this.types = types;
    }

    public Uni<List<CtaType>> list() {
        return types.listInOrder();
    }
}
