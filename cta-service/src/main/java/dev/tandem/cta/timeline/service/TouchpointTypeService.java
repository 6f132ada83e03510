package dev.tandem.cta.timeline.service;

import dev.tandem.cta.timeline.domain.TouchpointType;
import dev.tandem.cta.timeline.repository.TouchpointTypeRepository;
import dev.tandem.platform.problem.ConflictException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kinds of touchpoint: the built-in ones, then those a cs-admin added, in the order they were added. */
@ApplicationScoped
public class TouchpointTypeService {

    /** A small list people choose from, not a tagging system. */
    static final int MAX_TYPES = 50;

    private final TouchpointTypeRepository types;

    public TouchpointTypeService(TouchpointTypeRepository types) {
        this.types = types;
    }

    @WithSession
    public Uni<List<TouchpointType>> list() {
        return types.listInOrder();
    }

    /** Adds a kind of touchpoint; 409 when the key is taken or the list is full. */
    @WithTransaction
    public Uni<TouchpointType> add(String key, String name, String description) {
        return types.listInOrder().chain(existing -> {
            if (existing.stream().anyMatch(type -> type.key.equals(key))) {
                throw new ConflictException("Touchpoint type " + key + " exists");
            }
            if (existing.size() >= MAX_TYPES) {
                throw new ConflictException("There are " + MAX_TYPES + " touchpoint types, as many as there may be");
            }
            TouchpointType type = new TouchpointType();
            type.key = key;
            type.name = name.strip();
            type.description = description == null ? "" : description.strip();
            type.builtIn = false;
            type.position = existing.stream().mapToInt(t -> t.position).max().orElse(0) + 1;
            return types.persist(type);
        });
    }
}
