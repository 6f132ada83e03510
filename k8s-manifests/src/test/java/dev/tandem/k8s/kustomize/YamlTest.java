package dev.tandem.k8s.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the generator writes reads back as the same tree: Kubernetes rejects a number where it wants a string. */
class YamlTest {

    @Test
    void stringsThatLookLikeNumbersOrBooleansStayStrings() {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("port", "8081")
                .put("enabled", "true")
                .put("plus", "+")
                .put("count", 3)
                .put("on", false);
        object.put("long", "x".repeat(200));

        String yaml = Yaml.write(List.of(object));

        assertThat(yaml).contains("port: \"8081\"", "enabled: \"true\"", "count: 3", "\"on\": false");
        assertThat(Yaml.readAll(yaml, "test")).containsExactly(object);
    }

    @Test
    void readsEveryDocumentOfAStreamSkippingEmptyOnes() {
        List<?> documents = Yaml.readAll("---\na: 1\n---\n---\nb: 2\n", "test");

        assertThat(documents).hasSize(2);
    }
}
