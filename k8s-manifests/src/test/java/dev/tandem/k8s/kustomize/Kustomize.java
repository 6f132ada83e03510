package dev.tandem.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a kustomization directory the way {@code kustomize build} does, for the subset of kustomize that Tandem's
 * manifests use: {@code resources} (files and directories), {@code patches} (strategic merge or JSON 6902, from a file
 * or inline, with or without a {@code target}), {@code namespace}, {@code labels}, {@code images} and {@code
 * replicas}. Any other field fails the build, so the manifests cannot drift outside what is checked here.
 *
 * <p>Transformations run in kustomize's order: patches, namespace, labels, replicas, images.
 */
public final class Kustomize {

    static final Set<String> SUPPORTED_FIELDS =
            Set.of("apiVersion", "kind", "resources", "patches", "namespace", "labels", "images", "replicas");

    private Kustomize() {}

    /** The objects {@code kustomize build dir} would print, in resource order. */
    public static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new KustomizeException("No kustomization.yaml in " + dir);
        }
        ObjectNode kustomization = Yaml.readObject(file);
        for (var field : kustomization.properties()) {
            if (!SUPPORTED_FIELDS.contains(field.getKey())) {
                throw new KustomizeException(file + ": field '" + field.getKey()
                        + "' is outside the kustomize subset this renderer supports " + SUPPORTED_FIELDS);
            }
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : list(kustomization, "resources")) {
            objects.addAll(load(dir.resolve(resource.asText()).normalize(), file));
        }
        checkUnique(objects, file);
        for (JsonNode patch : list(kustomization, "patches")) {
            patch(objects, patch, dir, file);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.forEach(o -> metadata(o).put("namespace", namespace));
        }
        for (JsonNode labels : list(kustomization, "labels")) {
            label(objects, labels);
        }
        for (JsonNode replicas : list(kustomization, "replicas")) {
            replicas(objects, replicas, file);
        }
        for (JsonNode image : list(kustomization, "images")) {
            Images.apply(objects, image);
        }
        return objects;
    }

    private static List<ObjectNode> load(Path resource, Path from) {
        if (Files.isDirectory(resource)) {
            return build(resource);
        }
        if (!Files.isRegularFile(resource)) {
            throw new KustomizeException(from + ": resource " + resource + " does not exist");
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode document : Yaml.readAll(resource)) {
            if (!document.isObject() || !document.hasNonNull("kind") || !document.hasNonNull("apiVersion")) {
                throw new KustomizeException(resource + ": every document needs apiVersion and kind");
            }
            if (!document.path("metadata").hasNonNull("name")) {
                throw new KustomizeException(
                        resource + ": a " + document.get("kind").asText() + " has no name");
            }
            objects.add((ObjectNode) document);
        }
        return objects;
    }

    private static void checkUnique(List<ObjectNode> objects, Path file) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode object : objects) {
            String id = id(object);
            if (!ids.add(id)) {
                throw new KustomizeException(file + ": resource " + id + " is declared twice");
            }
        }
    }

    static String id(JsonNode object) {
        return group(object) + "/" + object.path("kind").asText() + "/"
                + object.path("metadata").path("namespace").asText("") + "/"
                + object.path("metadata").path("name").asText();
    }

    static String group(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** Kinds of the Kubernetes API itself (core or a {@code *.k8s.io} or unqualified group), not custom resources. */
    static boolean builtIn(JsonNode object) {
        String group = group(object);
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    private static void patch(List<ObjectNode> objects, JsonNode entry, Path dir, Path file) {
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
                StrategicMerge.apply(object, strategic, builtIn(object));
            } else {
                throw new KustomizeException(origin + ": a patch must be a mapping or a list");
            }
        }
    }

    static boolean matches(JsonNode object, JsonNode target) {
        String apiVersion = object.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return field(target, "group", group(object))
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

    private static void label(List<ObjectNode> objects, JsonNode labels) {
        JsonNode pairs = labels.path("pairs");
        if (labels.path("includeSelectors").asBoolean(false)) {
            throw new KustomizeException("labels.includeSelectors is not supported: selectors are immutable");
        }
        boolean templates = labels.path("includeTemplates").asBoolean(false);
        for (ObjectNode object : objects) {
            metadataMap(metadata(object), "labels").setAll((ObjectNode) pairs);
            if (templates && object.path("spec").path("template").isObject()) {
                ObjectNode template = (ObjectNode) object.path("spec").path("template");
                metadataMap(metadata(template), "labels").setAll((ObjectNode) pairs);
            }
        }
    }

    private static void replicas(List<ObjectNode> objects, JsonNode replicas, Path file) {
        String name = replicas.path("name").asText();
        List<ObjectNode> workloads = objects.stream()
                .filter(o -> Set.of("Deployment", "StatefulSet", "ReplicaSet")
                        .contains(o.path("kind").asText()))
                .filter(o -> o.path("metadata").path("name").asText().equals(name))
                .toList();
        if (workloads.isEmpty()) {
            throw new KustomizeException(file + ": replicas for '" + name + "' match no workload");
        }
        workloads.forEach(w -> ((ObjectNode) w.get("spec"))
                .put("replicas", replicas.path("count").asInt()));
    }

    static ObjectNode metadata(ObjectNode object) {
        return metadataMap(object, "metadata");
    }

    private static ObjectNode metadataMap(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node instanceof ObjectNode existing) {
            return existing;
        }
        return parent.putObject(field);
    }

    private static List<JsonNode> list(ObjectNode kustomization, String field) {
        JsonNode node = kustomization.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new KustomizeException("kustomization field '" + field + "' must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        ((ArrayNode) node).forEach(items::add);
        return items;
    }
}
