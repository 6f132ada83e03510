package dev.tandem.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Lookups in one rendered overlay. */
public record Manifests(List<ObjectNode> objects) {

    public List<ObjectNode> ofKind(String kind) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind))
                .toList();
    }

    public Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name(o).equals(name)).findFirst();
    }

    public static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** Whether every label of {@code selector} (a matchLabels-style map) is among {@code labels}. */
    public static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (var entry : selector.properties()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The Deployments whose pods {@code selector} selects. */
    public List<ObjectNode> deploymentsSelectedBy(JsonNode selector) {
        return ofKind("Deployment").stream()
                .filter(d -> selects(
                        selector,
                        d.path("spec").path("template").path("metadata").path("labels")))
                .toList();
    }
}
