package dev.tandem.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch the manifests use: mappings merge key by key, {@code null} deletes a
 * key, and a list is replaced whole unless it is one of the built-in lists below, which merge element by element on
 * their merge key (as declared by the Kubernetes API). Custom resources have no merge keys: their lists are replaced,
 * as kustomize does.
 */
final class StrategicMerge {

    /**
     * List field name to merge keys, for built-in kinds (the Kubernetes API's patchMergeKey declarations). {@code
     * ports} is keyed by {@code containerPort} in a container and by {@code port} in a Service: the first key every
     * element has wins.
     */
    static final Map<String, List<String>> MERGE_KEYS = Map.of(
            "containers", List.of("name"),
            "initContainers", List.of("name"),
            "env", List.of("name"),
            "volumes", List.of("name"),
            "volumeMounts", List.of("mountPath"),
            "ports", List.of("containerPort", "port"),
            "imagePullSecrets", List.of("name"));

    private StrategicMerge() {}

    static void apply(ObjectNode target, ObjectNode patch, boolean builtInKind) {
        merge(target, patch, builtInKind);
    }

    private static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        for (var field : patch.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            JsonNode existing = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value, builtIn);
            } else if (value.isArray()
                    && existing != null
                    && existing.isArray()
                    && builtIn
                    && mergeKey(key, (ArrayNode) value) != null) {
                mergeList((ArrayNode) existing, (ArrayNode) value, mergeKey(key, (ArrayNode) value), builtIn);
            } else if (value.isArray() && existing != null && existing.isArray() && !builtIn && hasObjects(value)) {
                // kustomize merges such lists by a guessed key when no schema is known, this renderer would replace
                // them: the manifests use a JSON 6902 patch instead, whose meaning is not in doubt.
                throw new KustomizeException("strategic merge of the list '" + key
                        + "' of a custom resource is ambiguous: use a JSON 6902 patch");
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static boolean hasObjects(JsonNode list) {
        for (JsonNode element : list) {
            if (element.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static String mergeKey(String field, ArrayNode list) {
        for (String candidate : MERGE_KEYS.getOrDefault(field, List.of())) {
            if (mergeable(list, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean mergeable(ArrayNode list, String mergeKey) {
        for (JsonNode element : list) {
            if (!element.isObject() || !element.has(mergeKey)) {
                return false;
            }
        }
        return true;
    }

    private static void mergeList(ArrayNode target, ArrayNode patch, String mergeKey, boolean builtIn) {
        for (JsonNode element : patch) {
            ObjectNode match = null;
            for (JsonNode candidate : target) {
                if (candidate.isObject() && element.get(mergeKey).equals(candidate.get(mergeKey))) {
                    match = (ObjectNode) candidate;
                }
            }
            if (match == null) {
                target.add(element.deepCopy());
            } else {
                merge(match, (ObjectNode) element, builtIn);
            }
        }
    }
}
