package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rendered Deployment runs, as Kubernetes and its operators will read it: the most pods it can have at once, a
 * container's environment, and the CloudNativePG cluster a database URL reaches.
 */
public final class Workloads {

    /** KEDA's default {@code maxReplicaCount}. */
    static final int KEDA_MAX_DEFAULT = 100;

    private Workloads() {}

    /** The most replicas a Deployment's autoscaler allows; without one, its own replica count. */
    static int maxReplicas(Manifests m, ObjectNode deployment) {
        for (ObjectNode scaled : m.ofKind("ScaledObject")) {
            if (scaled.at("/spec/scaleTargetRef/name").asText().equals(name(deployment))) {
                return scaled.at("/spec/maxReplicaCount").asInt(KEDA_MAX_DEFAULT);
            }
        }
        for (ObjectNode hpa : m.ofKind("HorizontalPodAutoscaler")) {
            if (hpa.at("/spec/scaleTargetRef/name").asText().equals(name(deployment))) {
                return hpa.at("/spec/maxReplicas").asInt();
            }
        }
        return deployment.at("/spec/replicas").asInt(1);
    }

    /** The pods a rolling update adds above {@code replicas}: maxSurge, a percentage rounded up, 25 % by default. */
    static int surge(ObjectNode deployment, int replicas) {
        JsonNode strategy = deployment.at("/spec/strategy");
        if (strategy.path("type").asText().equals("Recreate")) {
            return 0;
        }
        JsonNode surge = strategy.at("/rollingUpdate/maxSurge");
        if (surge.isInt()) {
            return surge.asInt();
        }
        String percent = surge.isMissingNode() ? "25%" : surge.asText();
        int share = Integer.parseInt(percent.substring(0, percent.length() - 1));
        return (replicas * share + 99) / 100;
    }

    /** A container's environment as Kubernetes builds it: envFrom ConfigMaps in order, then env over them. */
    static Map<String, String> environment(Manifests m, JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String prefix = source.path("prefix").asText("");
            m.find("ConfigMap", source.at("/configMapRef/name").asText())
                    .ifPresent(c -> c.path("data")
                            .properties()
                            .forEach(e ->
                                    env.put(prefix + e.getKey(), e.getValue().asText())));
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            if (variable.has("value")) {
                env.put(name, variable.path("value").asText());
            } else if (variable.at("/valueFrom/configMapKeyRef").isObject()) {
                JsonNode ref = variable.at("/valueFrom/configMapKeyRef");
                m.find("ConfigMap", ref.path("name").asText())
                        .map(c -> c.at("/data/" + ref.path("key").asText()))
                        .filter(JsonNode::isValueNode)
                        .ifPresent(value -> env.put(name, value.asText()));
            } else {
                env.remove(name); // from a Secret or the pod: no pool size or database URL of ours
            }
        }
        return env;
    }

    /** The host of a Quarkus reactive or JDBC URL. */
    static String host(String url) {
        String plain = url.replaceFirst("^(jdbc:|vertx-reactive:)", "");
        String host = URI.create(plain).getHost();
        return host == null ? "" : host;
    }

    /** The Cluster a host reaches through one of CloudNativePG's Services ({@code -rw}, {@code -ro}, {@code -r}). */
    static Optional<String> cluster(Manifests m, String host) {
        String service = host.split("\\.")[0];
        for (String suffix : List.of("-rw", "-ro", "-r")) {
            if (service.endsWith(suffix)) {
                String cluster = service.substring(0, service.length() - suffix.length());
                if (m.find("Cluster", cluster).isPresent()) {
                    return Optional.of(cluster);
                }
            }
        }
        return Optional.empty();
    }
}
