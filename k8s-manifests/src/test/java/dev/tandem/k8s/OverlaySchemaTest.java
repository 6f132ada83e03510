package dev.tandem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.k8s.kustomize.Yaml;
import dev.tandem.k8s.schema.ManifestSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both overlays render, and every object they render is valid against its Kubernetes or CRD schema. */
class OverlaySchemaTest {

    private static final ManifestSchemas SCHEMAS = new ManifestSchemas();

    static Stream<Path> overlays() {
        return Stream.of(Repo.DEV, Repo.PROD);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectMatchesItsSchema(Path overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Overlays.render(overlay)) {
            String id = object.path("kind").asText() + " "
                    + object.path("metadata").path("name").asText();
            SCHEMAS.validate(object).forEach(problem -> problems.add(id + ": " + problem));
        }
        assertThat(problems).isEmpty();
    }

    /** The rendered overlay lands in target/rendered for review and diffing; nothing reads it back. */
    @ParameterizedTest
    @MethodSource("overlays")
    void rendersTheWholePlatform(Path overlay) throws IOException {
        Path rendered = Path.of("target/rendered", overlay.getFileName() + ".yaml");
        Files.createDirectories(rendered.getParent());
        Files.writeString(rendered, Yaml.write(Overlays.render(overlay)));

        Map<String, Integer> kinds = new TreeMap<>();
        for (ObjectNode object : Overlays.render(overlay)) {
            kinds.merge(object.path("kind").asText(), 1, Integer::sum);
            assertThat(object.path("metadata").path("namespace").asText()).isNotEmpty();
        }
        assertThat(kinds)
                .containsEntry("Deployment", 5)
                .containsEntry("Service", 5)
                .containsEntry("PodDisruptionBudget", 5)
                .containsEntry("KafkaTopic", 10)
                .containsEntry("Cluster", 5)
                .containsEntry("Kafka", 1)
                .containsEntry("KafkaNodePool", 1)
                .containsEntry("Keycloak", 1)
                .containsEntry("KeycloakRealmImport", 1)
                .containsEntry("Ingress", 2);
        assertThat(kinds.getOrDefault("HorizontalPodAutoscaler", 0) + kinds.getOrDefault("ScaledObject", 0))
                .as("every Deployment scales through an HPA or a KEDA ScaledObject")
                .isEqualTo(5);
    }
}
