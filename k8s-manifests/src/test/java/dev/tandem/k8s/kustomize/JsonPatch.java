package dev.tandem.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 JSON patches, the operations kustomize's {@code patches} accept as a YAML list: {@code add}, {@code remove},
 * {@code replace} and {@code test}. A path that does not resolve fails the build, as it does in kustomize.
 */
final class JsonPatch {

    private JsonPatch() {}

    static void apply(ObjectNode target, JsonNode operations, String origin) {
        if (!operations.isArray()) {
            throw new KustomizeException(origin + ": a JSON patch must be a list of operations");
        }
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText(null);
            if (path == null) {
                throw new KustomizeException(origin + ": operation without a path: " + operation);
            }
            List<String> tokens = parse(path, origin);
            switch (op) {
                case "add" -> add(target, tokens, value(operation, origin), path, origin);
                case "replace" -> replace(target, tokens, value(operation, origin), path, origin);
                case "remove" -> remove(target, tokens, path, origin);
                case "test" -> {
                    JsonNode actual = resolve(target, tokens, path, origin);
                    if (!actual.equals(value(operation, origin))) {
                        throw new KustomizeException(origin + ": test failed at " + path + ", found " + actual);
                    }
                }
                default -> throw new KustomizeException(origin + ": unsupported JSON patch operation '" + op + "'");
            }
        }
    }

    private static JsonNode value(JsonNode operation, String origin) {
        if (!operation.has("value")) {
            throw new KustomizeException(origin + ": operation without a value: " + operation);
        }
        return operation.get("value").deepCopy();
    }

    static List<String> parse(String path, String origin) {
        if (path.isEmpty()) {
            return List.of();
        }
        if (!path.startsWith("/")) {
            throw new KustomizeException(origin + ": JSON pointer must start with '/': " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : path.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode resolve(JsonNode root, List<String> tokens, String path, String origin) {
        JsonNode node = root;
        for (String token : tokens) {
            node = child(node, token, path, origin);
        }
        return node;
    }

    private static JsonNode child(JsonNode node, String token, String path, String origin) {
        JsonNode next = null;
        if (node.isObject()) {
            next = node.get(token);
        } else if (node.isArray()) {
            next = node.get(index(token, node.size() - 1, path, origin));
        }
        if (next == null) {
            throw new KustomizeException(origin + ": path " + path + " does not exist in the target");
        }
        return next;
    }

    private static int index(String token, int max, String path, String origin) {
        try {
            int index = Integer.parseInt(token);
            if (index < 0 || index > max) {
                throw new KustomizeException(origin + ": index " + token + " out of bounds in " + path);
            }
            return index;
        } catch (NumberFormatException e) {
            throw new KustomizeException(origin + ": '" + token + "' is not an array index in " + path, e);
        }
    }

    private static void add(ObjectNode root, List<String> tokens, JsonNode value, String path, String origin) {
        if (tokens.isEmpty()) {
            throw new KustomizeException(origin + ": cannot replace a whole object with 'add'");
        }
        JsonNode parent = resolve(root, tokens.subList(0, tokens.size() - 1), path, origin);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            if (last.equals("-")) {
                array.add(value);
            } else {
                array.insert(index(last, array.size(), path, origin), value);
            }
        } else {
            throw new KustomizeException(origin + ": parent of " + path + " is neither object nor list");
        }
    }

    private static void replace(ObjectNode root, List<String> tokens, JsonNode value, String path, String origin) {
        resolve(root, tokens, path, origin);
        JsonNode parent = resolve(root, tokens.subList(0, tokens.size() - 1), path, origin);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else {
            ((ArrayNode) parent).set(index(last, parent.size() - 1, path, origin), value);
        }
    }

    private static void remove(ObjectNode root, List<String> tokens, String path, String origin) {
        resolve(root, tokens, path, origin);
        JsonNode parent = resolve(root, tokens.subList(0, tokens.size() - 1), path, origin);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ArrayNode) parent).remove(index(last, parent.size() - 1, path, origin));
        }
    }
}
