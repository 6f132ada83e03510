package dev.tandem.k8s.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer builds what {@code kustomize build} builds for the subset it supports, and refuses the rest. */
class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                app: web
            spec:
              replicas: 2
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                    - name: web
                      image: tandem/web
                      env:
                        - name: A
                          value: "1"
                    - name: sidecar
                      image: registry.local:5000/tools/sidecar:1.0
            """;

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata:
              name: events
            spec:
              partitions: 3
              config:
                retention.ms: 1000
            """;

    @TempDir
    Path dir;

    private Path base;

    @BeforeEach
    void base() throws IOException {
        base = Files.createDirectories(dir.resolve("base"));
        write(base, "deployment.yaml", DEPLOYMENT);
        write(base, "topic.yaml", TOPIC);
        write(base, "kustomization.yaml", "resources:\n  - deployment.yaml\n  - topic.yaml\n");
    }

    @Test
    void buildsResourcesOfNestedDirectoriesInOrder() throws IOException {
        Path overlay = overlay("resources:\n  - ../base\n");

        List<ObjectNode> objects = Kustomize.build(overlay);

        assertThat(objects).extracting(o -> o.path("kind").asText()).containsExactly("Deployment", "KafkaTopic");
    }

    @Test
    void setsNamespaceLabelsReplicasAndImages() throws IOException {
        Path overlay = overlay("""
                resources:
                  - ../base
                namespace: tandem
                labels:
                  - pairs:
                      team: cs
                    includeTemplates: true
                replicas:
                  - name: web
                    count: 5
                images:
                  - name: tandem/web
                    newName: registry.example.com/tandem/web
                    newTag: 1.2.3
                  - name: registry.local:5000/tools/sidecar
                    newTag: "2.0"
                """);

        ObjectNode deployment = Kustomize.build(overlay).get(0);

        assertThat(deployment.at("/metadata/namespace").asText()).isEqualTo("tandem");
        assertThat(deployment.at("/metadata/labels").toString()).isEqualTo("{\"app\":\"web\",\"team\":\"cs\"}");
        assertThat(deployment.at("/spec/template/metadata/labels/team").asText())
                .isEqualTo("cs");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(5);
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("registry.example.com/tandem/web:1.2.3");
        assertThat(deployment.at("/spec/template/spec/containers/1/image").asText())
                .isEqualTo("registry.local:5000/tools/sidecar:2.0");
    }

    @Test
    void strategicMergeMergesContainersAndEnvByNameAndDeletesNulls() throws IOException {
        write(dir, "patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  labels:
                    app: null
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          env:
                            - name: B
                              value: "2"
                """);
        Path overlay = overlay("resources:\n  - ../base\npatches:\n  - path: ../patch.yaml\n");

        ObjectNode deployment = Kustomize.build(overlay).get(0);

        assertThat(deployment.at("/metadata/labels").isEmpty()).isTrue();
        assertThat(deployment.at("/spec/template/spec/containers").size()).isEqualTo(2);
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("tandem/web");
        assertThat(deployment.at("/spec/template/spec/containers/0/env").toString())
                .isEqualTo("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}]");
    }

    @Test
    void strategicMergeMergesServicePortsByPort() throws IOException {
        write(base, "service.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  ports:
                    - name: http
                      port: 80
                """);
        write(base, "kustomization.yaml", "resources:\n  - service.yaml\n");
        Path overlay = overlay("""
                resources:
                  - ../base
                patches:
                  - patch: |-
                      apiVersion: v1
                      kind: Service
                      metadata:
                        name: web
                      spec:
                        ports:
                          - port: 80
                            targetPort: http
                          - name: metrics
                            port: 9000
                """);

        assertThat(Kustomize.build(overlay).get(0).at("/spec/ports").toString())
                .isEqualTo("[{\"name\":\"http\",\"port\":80,\"targetPort\":\"http\"},"
                        + "{\"name\":\"metrics\",\"port\":9000}]");
    }

    @Test
    void jsonPatchWithATargetAppliesToEveryMatch() throws IOException {
        Path overlay = overlay("""
                resources:
                  - ../base
                patches:
                  - target:
                      kind: KafkaTopic
                    patch: |-
                      - op: replace
                        path: /spec/partitions
                        value: 12
                      - op: add
                        path: /spec/config/min.insync.replicas
                        value: 2
                      - op: remove
                        path: /spec/config/retention.ms
                """);

        ObjectNode topic = Kustomize.build(overlay).get(1);

        assertThat(topic.at("/spec").toString())
                .isEqualTo("{\"partitions\":12,\"config\":{\"min.insync.replicas\":2}}");
    }

    @Test
    void jsonPatchFailsOnAPathThatDoesNotExistOrAFailedTest() throws IOException {
        Path missing = overlay("""
                resources:
                  - ../base
                patches:
                  - target:
                      kind: KafkaTopic
                    patch: |-
                      - op: replace
                        path: /spec/replicas
                        value: 3
                """);
        assertThatThrownBy(() -> Kustomize.build(missing))
                .isInstanceOf(KustomizeException.class)
                .hasMessageContaining("/spec/replicas does not exist");

        Path failedTest = overlay("""
                resources:
                  - ../base
                patches:
                  - target:
                      kind: KafkaTopic
                    patch: |-
                      - op: test
                        path: /spec/partitions
                        value: 6
                """);
        assertThatThrownBy(() -> Kustomize.build(failedTest)).hasMessageContaining("test failed at /spec/partitions");
    }

    @Test
    void refusesFieldsOutsideTheSupportedSubset() throws IOException {
        Path overlay = overlay("resources:\n  - ../base\nnamePrefix: dev-\n");

        assertThatThrownBy(() -> Kustomize.build(overlay))
                .isInstanceOf(KustomizeException.class)
                .hasMessageContaining("'namePrefix' is outside the kustomize subset");
    }

    @Test
    void refusesAPatchThatMatchesNothing() throws IOException {
        Path overlay = overlay("""
                resources:
                  - ../base
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata:
                        name: api
                      spec:
                        replicas: 1
                """);

        assertThatThrownBy(() -> Kustomize.build(overlay)).hasMessageContaining("matches no resource");
    }

    @Test
    void refusesAStrategicMergeOfACustomResourceListOfObjects() throws IOException {
        write(
                base,
                "kafka.yaml",
                "apiVersion: kafka.strimzi.io/v1\nkind: Kafka\nmetadata:\n  name: k\n"
                        + "spec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n");
        write(base, "kustomization.yaml", "resources:\n  - kafka.yaml\n");
        Path overlay = overlay("""
                resources:
                  - ../base
                patches:
                  - patch: |-
                      apiVersion: kafka.strimzi.io/v1
                      kind: Kafka
                      metadata:
                        name: k
                      spec:
                        kafka:
                          listeners:
                            - name: tls
                              port: 9093
                """);

        assertThatThrownBy(() -> Kustomize.build(overlay)).hasMessageContaining("use a JSON 6902 patch");
    }

    @Test
    void refusesDuplicatesAndMissingResources() throws IOException {
        Path duplicate = overlay("resources:\n  - ../base\n  - ../base/topic.yaml\n");
        assertThatThrownBy(() -> Kustomize.build(duplicate)).hasMessageContaining("declared twice");

        Path missing = overlay("resources:\n  - ../base/nothing.yaml\n");
        assertThatThrownBy(() -> Kustomize.build(missing)).hasMessageContaining("does not exist");
    }

    private Path overlay(String kustomization) throws IOException {
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        write(overlay, "kustomization.yaml", kustomization);
        return overlay;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
