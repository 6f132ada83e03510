package dev.tandem.k8s.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The vendored schemas that are generated from model classes, and the kinds each one validates. Bumping a model
 * version in the pom and running the build with {@code -Dk8s.update=true} rewrites them.
 */
public enum GeneratedSchemas {
    KUBERNETES(
            "kubernetes.json",
            "fabric8 kubernetes-model 7.6.1 (Kubernetes 1.33 API)",
            Map.of(
                    "v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class,
                    "v1/Secret", io.fabric8.kubernetes.api.model.Secret.class,
                    "v1/Service", io.fabric8.kubernetes.api.model.Service.class,
                    "v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class,
                    "apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class,
                    "autoscaling/v2/HorizontalPodAutoscaler",
                            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class,
                    "policy/v1/PodDisruptionBudget",
                            io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class,
                    "networking.k8s.io/v1/NetworkPolicy",
                            io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class,
                    "networking.k8s.io/v1/Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class)),
    STRIMZI(
            "strimzi.json",
            "Strimzi api 0.49.0 (kafka.strimzi.io, the classes Strimzi generates its CRDs from)",
            Map.of(
                    "kafka.strimzi.io/v1/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class,
                    "kafka.strimzi.io/v1/KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
                    "kafka.strimzi.io/v1/KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class)),
    KEYCLOAK_REALM(
            "keycloak-realm.json",
            "keycloak-core 26.7.3 RealmRepresentation (the realm a KeycloakRealmImport embeds)",
            Map.of("realm", org.keycloak.representations.idm.RealmRepresentation.class));

    private final String file;
    private final String source;
    private final Map<String, Class<?>> kinds;

    GeneratedSchemas(String file, String source, Map<String, Class<?>> kinds) {
        this.file = file;
        this.source = source;
        this.kinds = kinds;
    }

    public String file() {
        return file;
    }

    /** {@code apiVersion/kind} to the name of its definition in {@link #file()}. */
    public Map<String, String> kinds() {
        Map<String, String> names = new LinkedHashMap<>();
        kinds.forEach((kind, type) -> names.put(kind, type.getName()));
        return names;
    }

    public ObjectNode generate() {
        SchemaGenerator generator = new SchemaGenerator();
        new TreeMap<>(kinds).values().forEach(generator::add);
        return generator.document("Generated from " + source
                + " by dev.tandem.k8s.schema.SchemaGenerator; refresh with ./mvnw -f k8s-manifests/pom.xml verify"
                + " -Dk8s.update=true");
    }
}
