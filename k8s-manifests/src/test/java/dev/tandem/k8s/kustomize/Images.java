package dev.tandem.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** kustomize's {@code images}: rewrites the name, tag or digest of matching container images in pod templates. */
final class Images {

    private Images() {}

    static void apply(List<ObjectNode> objects, JsonNode rule) {
        String name = rule.path("name").asText();
        for (ObjectNode object : objects) {
            JsonNode podSpec = object.path("spec").path("template").path("spec");
            for (String field : List.of("containers", "initContainers")) {
                for (JsonNode container : podSpec.path(field)) {
                    String image = container.path("image").asText();
                    if (repository(image).equals(name)) {
                        ((ObjectNode) container).put("image", rewrite(image, rule));
                    }
                }
            }
        }
    }

    /** The image without tag or digest; a colon after the last slash starts a tag, not a registry port. */
    static String repository(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    static String rewrite(String image, JsonNode rule) {
        String repository = rule.hasNonNull("newName") ? rule.get("newName").asText() : repository(image);
        if (rule.hasNonNull("digest")) {
            return repository + "@" + rule.get("digest").asText();
        }
        String rest = image.substring(repository(image).length());
        if (rule.hasNonNull("newTag")) {
            return repository + ":" + rule.get("newTag").asText();
        }
        return repository + rest;
    }
}
