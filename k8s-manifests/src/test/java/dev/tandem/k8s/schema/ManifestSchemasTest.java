package dev.tandem.k8s.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.k8s.kustomize.Yaml;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validator rejects broken manifests, each for the reason it is broken, and accepts a sound one. */
class ManifestSchemasTest {

    private static final ManifestSchemas SCHEMAS = new ManifestSchemas();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "deployment-misspelled-field.yaml,      periodSecond",
        "deployment-wrong-type.yaml,            /spec/replicas",
        "kafkatopic-misspelled-field.yaml,      partition",
        "kafkanodepool-unknown-storage-type.yaml, /spec/storage/type",
        "cluster-wrong-type.yaml,               /spec/instances",
        "scaledobject-numeric-metadata.yaml,    /spec/triggers/0/metadata/lagThreshold",
        "realmimport-unknown-realm-field.yaml,  redirectUri",
        "keycloak-wrong-enum.yaml,              /spec/proxy/headers",
        "unknown-kind.yaml,                     no schema for apps/v1/StatefulSet"
    })
    void rejectsBrokenManifest(String fixture, String expectedInMessage) {
        List<String> problems = SCHEMAS.validate(fixture(fixture));

        assertThat(problems).isNotEmpty().anySatisfy(p -> assertThat(p).contains(expectedInMessage));
    }

    @Test
    void acceptsTheSameManifestOnceFixed() {
        JsonNode deployment = fixture("deployment-misspelled-field.yaml");
        var probe = (ObjectNode) deployment.at("/spec/template/spec/containers/0/readinessProbe");
        probe.set("periodSeconds", probe.remove("periodSecond"));

        assertThat(SCHEMAS.validate(deployment)).isEmpty();
    }

    @Test
    void knowsEveryKindTheManifestsUse() {
        assertThat(SCHEMAS.kinds())
                .contains(
                        "apps/v1/Deployment",
                        "kafka.strimzi.io/v1/KafkaTopic",
                        "postgresql.cnpg.io/v1/Cluster",
                        "k8s.keycloak.org/v2beta1/KeycloakRealmImport",
                        "keda.sh/v1alpha1/ScaledObject");
    }

    private static JsonNode fixture(String name) {
        return Yaml.readAll(Path.of("src/test/resources/broken", name)).get(0);
    }
}
