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
            Patches.apply(objects, patch, dir, file);
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
