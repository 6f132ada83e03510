package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every service runs hardened and probed the same way, in the image the Dockerfile builds, on the port its own
 * configuration opens; dev runs one replica, prod spreads three over nodes.
 */
class DeploymentPostureTest {

    static final Path DOCKERFILE = Repo.K8S.resolve("docker/Dockerfile.jvm");

    @Test
    void everyServiceModuleHasADeploymentOnItsOwnPortAndImage() throws IOException {
        Manifests prod = new Manifests(Overlays.prod());
        for (String service : ServiceConfig.SERVICES) {
            ObjectNode deployment = prod.find("Deployment", service).orElseThrow();
            JsonNode container = deployment.at("/spec/template/spec/containers/0");

            assertThat(Repo.ROOT.resolve(service).resolve("pom.xml")).exists();
            assertThat(container.at("/ports/0/containerPort").asInt())
                    .as("%s listens on quarkus.http.port", service)
                    .isEqualTo(Integer.parseInt(properties(service).getProperty("quarkus.http.port")));
            assertThat(container.path("image").asText()).isEqualTo("registry.example.com/tandem/" + service + ":0.1.0");
        }
    }

    @Test
    void dockerfileRunsTheFastJarAsTheUserThePodsRunAs() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        assertThat(dockerfile)
                .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                .contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                .contains("\nUSER 185\n")
                .contains("-Djava.io.tmpdir=/tmp");
        for (ObjectNode deployment : Overlays.prod()) {
            if (deployment.path("kind").asText().equals("Deployment")) {
                assertThat(deployment
                                .at("/spec/template/spec/securityContext/runAsUser")
                                .asInt())
                        .isEqualTo(185);
            }
        }
    }

    @Test
    void everyContainerIsHardenedProbedAndBounded() {
        for (List<ObjectNode> overlay : List.of(Overlays.dev(), Overlays.prod())) {
            for (ObjectNode deployment : new Manifests(overlay).ofKind("Deployment")) {
                JsonNode pod = deployment.at("/spec/template/spec");
                assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
                assertThat(pod.path("automountServiceAccountToken").asBoolean(true))
                        .isFalse();
                for (JsonNode container : pod.path("containers")) {
                    String id = name(deployment) + "/" + container.path("name").asText();
                    assertThat(container
                                    .at("/securityContext/readOnlyRootFilesystem")
                                    .asBoolean())
                            .as(id)
                            .isTrue();
                    assertThat(container
                                    .at("/securityContext/allowPrivilegeEscalation")
                                    .asBoolean(true))
                            .as(id)
                            .isFalse();
                    assertThat(container
                                    .at("/securityContext/capabilities/drop")
                                    .toString())
                            .as(id)
                            .isEqualTo("[\"ALL\"]");
                    assertThat(container.at("/startupProbe/httpGet/path").asText())
                            .isEqualTo("/q/health/started");
                    assertThat(container.at("/readinessProbe/httpGet/path").asText())
                            .isEqualTo("/q/health/ready");
                    assertThat(container.at("/livenessProbe/httpGet/path").asText())
                            .isEqualTo("/q/health/live");
                    for (String bound : List.of(
                            "/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/memory")) {
                        assertThat(container.at(bound).isMissingNode())
                                .as(id + bound)
                                .isFalse();
                    }
                    JsonNode tmp = container.path("volumeMounts").get(0);
                    assertThat(tmp.path("mountPath").asText()).isEqualTo("/tmp");
                    assertThat(pod.path("volumes").findValue("emptyDir")).as(id).isNotNull();
                }
            }
        }
    }

    @Test
    void devRunsOneReplicaAndProdSpreadsThreeOverNodes() {
        for (ObjectNode deployment : new Manifests(Overlays.dev()).ofKind("Deployment")) {
            assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
        }
        for (ObjectNode deployment : new Manifests(Overlays.prod()).ofKind("Deployment")) {
            assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
            JsonNode term = deployment.at(
                    "/spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0");
            assertThat(term.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
            assertThat(Manifests.selects(
                            term.at("/labelSelector/matchLabels"), deployment.at("/spec/template/metadata/labels")))
                    .as("anti-affinity of %s selects its own pods", name(deployment))
                    .isTrue();
        }
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Repo.applicationProperties(service))) {
            properties.load(reader);
        }
        return properties;
    }
}
