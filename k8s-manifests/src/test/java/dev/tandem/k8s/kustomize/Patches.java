package dev.tandem.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * kustomize's {@code patches}: a strategic merge patch or a JSON 6902 patch, from a file or inline, applied to the
 * objects its {@code target} selects (kind, name as a regular expression, group, version, namespace, equality label
 * selector) or, without a target, to the object of the patch's own kind and name. A patch that matches nothing fails.
 */
final class Patches {

    private Patches() {}

    /** Applies one entry of a kustomization's {@code patches} to the objects it targets. */
    static void apply(List<ObjectNode> objects, JsonNode entry, Path dir, Path file) {
        String origin;
        String text;
        if (entry.hasNonNull("path")) {
            Path patchFile = dir.resolve(entry.get("path").asText()).normalize();
            origin = patchFile.toString();
            if (!Files.isRegularFile(patchFile)) {
                throw new KustomizeException(file + ": patch " + patchFile + " does not exist");
            }
            text = Yaml.read(patchFile);
        } else if (entry.hasNonNull("patch")) {
            origin = file + " (inline patch)";
            text = entry.get("patch").asText();
        } else {
            throw new KustomizeException(file + ": a patch needs 'path' or 'patch'");
        }
        List<JsonNode> documents = Yaml.readAll(text, origin);
        if (documents.size() != 1) {
            throw new KustomizeException(origin + ": a patch must be exactly one YAML document");
        }
        JsonNode body = documents.get(0);
        JsonNode target = entry.get("target");
        List<ObjectNode> matches;
        if (target != null) {
            matches = objects.stream().filter(o -> matches(o, target)).toList();
        } else if (body.isObject()) {
            matches = objects.stream()
                    .filter(o -> o.path("kind").equals(body.path("kind"))
                            && o.path("metadata")
                                    .path("name")
                                    .equals(body.path("metadata").path("name")))
                    .toList();
        } else {
            throw new KustomizeException(origin + ": a JSON 6902 patch needs a target");
        }
        if (matches.isEmpty()) {
            throw new KustomizeException(origin + ": the patch matches no resource");
        }
        for (ObjectNode object : matches) {
            if (body.isArray()) {
                JsonPatch.apply(object, body, origin);
            } else if (body.isObject()) {
                ObjectNode strategic = ((ObjectNode) body).deepCopy();
                if (target != null) {
                    // With a target, the patch's own kind and name are only placeholders, as in kustomize.
                    strategic.remove("apiVersion");
                    strategic.remove("kind");
                    if (strategic.get("metadata") instanceof ObjectNode metadata) {
                        metadata.remove("name");
                    }
                }
                StrategicMerge.apply(object, strategic, Kustomize.builtIn(object));
            } else {
                throw new KustomizeException(origin + ": a patch must be a mapping or a list");
            }
        }
    }

    static boolean matches(JsonNode object, JsonNode target) {
        String apiVersion = object.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return field(target, "group", Kustomize.group(object))
                && field(target, "version", version)
                && field(target, "kind", object.path("kind").asText())
                && field(target, "name", object.path("metadata").path("name").asText())
                && field(
                        target,
                        "namespace",
                        object.path("metadata").path("namespace").asText(""))
                && selected(
                        object.path("metadata").path("labels"),
                        target.path("labelSelector").asText(""));
    }

    /** kustomize matches a target's names as anchored regular expressions. */
    private static boolean field(JsonNode target, String name, String actual) {
        return !target.hasNonNull(name) || Pattern.matches(target.get(name).asText(), actual);
    }

    /** Equality-based selectors only ({@code a=b,c=d}), the form the manifests use. */
    private static boolean selected(JsonNode labels, String selector) {
        if (selector.isBlank()) {
            return true;
        }
        for (String term : selector.split(",")) {
            String[] pair = term.split("=", 2);
            if (pair.length != 2 || pair[0].endsWith("!")) {
                throw new KustomizeException("Only equality label selectors are supported: " + selector);
            }
            if (!labels.path(pair[0].trim()).asText("\0").equals(pair[1].trim())) {
                return false;
            }
        }
        return true;
    }
}
