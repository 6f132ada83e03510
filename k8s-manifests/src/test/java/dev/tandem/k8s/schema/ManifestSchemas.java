package dev.tandem.k8s.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates Kubernetes objects against the vendored schemas under {@code src/test/resources/schemas}, chosen by
 * {@code apiVersion} and {@code kind}. An object of a kind without a schema is an error too: nothing reaches the cluster
 * unchecked.
 */
public final class ManifestSchemas {

    static final String ROOT = "schemas/";

    /** Schemas written by hand from the operators' CRDs (see the README beside them): apiVersion/kind to file#def. */
    static final Map<String, String> HAND_WRITTEN = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg.json#/$defs/Cluster",
            "k8s.keycloak.org/v2beta1/Keycloak", "keycloak.json#/$defs/Keycloak",
            "k8s.keycloak.org/v2beta1/KeycloakRealmImport", "keycloak.json#/$defs/KeycloakRealmImport",
            "keda.sh/v1alpha1/ScaledObject", "keda.json#/$defs/ScaledObject");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, String> locations = new LinkedHashMap<>();
    private final Map<String, Schema> loaded = new HashMap<>();

    public ManifestSchemas() {
        for (GeneratedSchemas generated : GeneratedSchemas.values()) {
            generated
                    .kinds()
                    .forEach((kind, definition) -> locations.put(kind, generated.file() + "#/$defs/" + definition));
        }
        locations.putAll(HAND_WRITTEN);
    }

    /** The kinds with a schema, as {@code apiVersion/kind}. */
    public Set<String> kinds() {
        return locations.keySet();
    }

    /** Problems with {@code object}, each naming where it is; empty when the object is valid. */
    public List<String> validate(JsonNode object) {
        String kind =
                object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String location = locations.get(kind);
        if (location == null) {
            return List.of("no schema for " + kind + " (known: " + locations.keySet() + ")");
        }
        Schema schema =
                loaded.computeIfAbsent(location, l -> registry.getSchema(SchemaLocation.of("classpath:" + ROOT + l)));
        List<Error> errors = schema.validate(object.toString(), InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
