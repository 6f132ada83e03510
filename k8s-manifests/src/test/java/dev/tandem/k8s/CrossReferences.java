package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.events.Topics;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the overlays refer to exists in them: the ConfigMaps, Secrets and Services the Deployments and the Ingress use,
 * the databases, broker and Keycloak named in the services' settings, the targets of autoscalers and disruption
 * budgets, and a KafkaTopic for every topic the services' configuration and the event contracts name.
 */
public final class CrossReferences {

    private CrossReferences() {}

    /** Keys of the Secret CloudNativePG writes for a cluster's application user ({@code <cluster>-app}). */
    static final Set<String> CNPG_APP_SECRET_KEYS =
            Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass", "user");

    /** ConfigMaps, Secrets and keys the Deployments and Keycloak use that neither the overlay nor an operator makes. */
    public static List<String> configMapsAndSecrets(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : m.ofKind("Deployment")) {
            Map<String, Set<String>> secrets = secrets(m);
            installerSecrets(deployment).forEach(name -> secrets.putIfAbsent(name, null));
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                String where = "Deployment " + name(deployment) + " container "
                        + container.path("name").asText();
                for (JsonNode source : container.path("envFrom")) {
                    if (source.has("configMapRef")) {
                        configMap(m, source.at("/configMapRef/name").asText(), null, where, problems);
                    }
                    if (source.has("secretRef")) {
                        secret(secrets, source.at("/secretRef/name").asText(), null, where, problems);
                    }
                }
                for (JsonNode env : container.path("env")) {
                    JsonNode from = env.path("valueFrom");
                    if (from.has("configMapKeyRef")) {
                        configMap(
                                m,
                                from.at("/configMapKeyRef/name").asText(),
                                from.at("/configMapKeyRef/key").asText(),
                                where,
                                problems);
                    }
                    if (from.has("secretKeyRef")) {
                        secret(
                                secrets,
                                from.at("/secretKeyRef/name").asText(),
                                from.at("/secretKeyRef/key").asText(),
                                where,
                                problems);
                    }
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("configMap")) {
                    configMap(
                            m, volume.at("/configMap/name").asText(), null, "Deployment " + name(deployment), problems);
                }
                if (volume.has("secret")) {
                    secret(
                            secrets,
                            volume.at("/secret/secretName").asText(),
                            null,
                            "Deployment " + name(deployment),
                            problems);
                }
            }
        }
        Map<String, Set<String>> secrets = secrets(m);
        for (ObjectNode keycloak : m.ofKind("Keycloak")) {
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                JsonNode ref = keycloak.path("spec").path("db").path(field);
                secret(
                        secrets,
                        ref.path("name").asText(),
                        ref.path("key").asText(),
                        "Keycloak " + name(keycloak),
                        problems);
            }
        }
        return problems;
    }

    /**
     * Services that select no single Deployment or miss its port; Ingress backends, service URLs, the broker, Keycloak
     * and database hosts in ConfigMaps that name no Service of the overlay or its operators.
     */
    public static List<String> services(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode service : m.ofKind("Service")) {
            List<ObjectNode> pods = m.deploymentsSelectedBy(service.path("spec").path("selector"));
            if (pods.size() != 1) {
                problems.add("Service " + name(service) + " selects " + pods.size() + " Deployments");
                continue;
            }
            for (JsonNode port : service.path("spec").path("ports")) {
                if (!containerPortNames(pods.get(0))
                        .contains(port.path("targetPort").asText())) {
                    problems.add("Service " + name(service) + " targets port " + port.path("targetPort")
                            + ", which Deployment " + name(pods.get(0)) + " does not name");
                }
            }
        }
        for (ObjectNode ingress : m.ofKind("Ingress")) {
            for (JsonNode backend : ingress.findValues("service")) {
                String serviceName = backend.path("name").asText();
                var service = m.find("Service", serviceName);
                if (service.isEmpty()) {
                    problems.add("Ingress " + name(ingress) + " routes to missing Service " + serviceName);
                } else if (service.get().path("spec").path("ports").findValuesAsText("name").stream()
                        .noneMatch(p -> p.equals(backend.at("/port/name").asText()))) {
                    problems.add("Ingress " + name(ingress) + " uses a port Service " + serviceName + " lacks");
                }
            }
        }
        for (ObjectNode configMap : m.ofKind("ConfigMap")) {
            configMap.path("data").properties().forEach(entry -> {
                String key = entry.getKey();
                String value = entry.getValue().asText();
                String where = "ConfigMap " + name(configMap) + " " + key;
                if (key.startsWith("TANDEM_SERVICES_") && key.endsWith("_URL")) {
                    requireService(m, URI.create(value).getHost(), where, problems);
                } else if (key.equals("QUARKUS_OIDC_AUTH_SERVER_URL")) {
                    String host = URI.create(value).getHost();
                    requireService(m, host, where, problems);
                } else if (key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                    String host = value.substring(0, value.indexOf(':'));
                    requireService(m, host, where, problems);
                } else if (key.equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                    URI uri = URI.create(value.substring("jdbc:".length()));
                    requireDatabase(m, uri, where, problems);
                } else if (key.equals("QUARKUS_DATASOURCE_REACTIVE_URL")) {
                    requireDatabase(m, URI.create(value), where, problems);
                }
            });
        }
        return problems;
    }

    /** Deployments without exactly one autoscaler (HPA or ScaledObject) and one PodDisruptionBudget. */
    public static List<String> autoscalersAndBudgets(Manifests m) {
        Map<String, List<String>> scalers = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (ObjectNode hpa : m.ofKind("HorizontalPodAutoscaler")) {
            scalers.computeIfAbsent(hpa.at("/spec/scaleTargetRef/name").asText(), k -> new ArrayList<>())
                    .add("HorizontalPodAutoscaler " + name(hpa));
        }
        for (ObjectNode scaled : m.ofKind("ScaledObject")) {
            scalers.computeIfAbsent(scaled.at("/spec/scaleTargetRef/name").asText(), k -> new ArrayList<>())
                    .add("ScaledObject " + name(scaled));
        }
        for (String target : scalers.keySet()) {
            if (m.find("Deployment", target).isEmpty()) {
                problems.add(scalers.get(target) + " scale missing Deployment " + target);
            }
        }
        for (ObjectNode deployment : m.ofKind("Deployment")) {
            List<String> own = scalers.getOrDefault(name(deployment), List.of());
            if (own.size() != 1) {
                // KEDA manages an HPA of its own: a second one would fight it over the replica count.
                problems.add("Deployment " + name(deployment) + " has " + own + ", needs exactly one autoscaler");
            }
            long budgets = m.ofKind("PodDisruptionBudget").stream()
                    .filter(pdb -> Manifests.selects(
                            pdb.at("/spec/selector/matchLabels"), deployment.at("/spec/template/metadata/labels")))
                    .count();
            if (budgets != 1) {
                problems.add("Deployment " + name(deployment) + " is covered by " + budgets + " disruption budgets");
            }
        }
        return problems;
    }

    /** Topics in {@code named} without a KafkaTopic, and topics or node pools of another Kafka cluster. */
    public static List<String> topics(Manifests m, Set<String> named) {
        Set<String> declared = kafkaTopics(m).keySet();
        List<String> problems = new ArrayList<>();
        for (String topic : new TreeSet<>(named)) {
            if (!declared.contains(topic)) {
                problems.add("topic " + topic + " has no KafkaTopic (add it to k8s/base/kafka/topics.yaml)");
            }
        }
        Set<String> clusters = new HashSet<>();
        m.ofKind("Kafka").forEach(k -> clusters.add(name(k)));
        for (String kind : List.of("KafkaTopic", "KafkaNodePool")) {
            for (ObjectNode object : m.ofKind(kind)) {
                String cluster =
                        object.at("/metadata/labels/strimzi.io~1cluster").asText();
                if (!clusters.contains(cluster)) {
                    problems.add(kind + " " + name(object) + " belongs to missing Kafka cluster '" + cluster + "'");
                }
            }
        }
        return problems;
    }

    /** Every topic the services' configuration names, and every contract topic with its dead-letter topic. */
    public static Set<String> namedTopics() {
        Set<String> named = new TreeSet<>();
        for (String service : ServiceConfig.SERVICES) {
            named.addAll(ServiceConfig.load(service).topics());
        }
        for (String topic : List.of(
                Topics.ACCOUNT_EVENTS,
                Topics.SIGNALS_RAW,
                Topics.HEALTH_EVENTS,
                Topics.CTA_EVENTS,
                Topics.CONTENT_EVENTS)) {
            named.add(topic);
            named.add(Topics.deadLetter(topic));
        }
        return named;
    }

    /** The consumers in each service's configuration. */
    public static Map<String, Set<ServiceConfig.Consumer>> configuredConsumers() {
        Map<String, Set<ServiceConfig.Consumer>> consumers = new LinkedHashMap<>();
        for (String service : ServiceConfig.SERVICES) {
            consumers.put(service, ServiceConfig.load(service).consumers());
        }
        return consumers;
    }

    /**
     * Each consumer of {@code consumersByService} scales on its lag: a ScaledObject for its Deployment with a kafka
     * trigger per (group, topic), reading the broker the services use, bounded by the busiest topic's partitions.
     */
    public static List<String> consumers(Manifests m, Map<String, Set<ServiceConfig.Consumer>> consumersByService) {
        Map<String, Integer> partitions = kafkaTopics(m);
        String bootstrap = m.find("ConfigMap", "tandem-common")
                .orElseThrow()
                .at("/data/KAFKA_BOOTSTRAP_SERVERS")
                .asText();
        List<String> problems = new ArrayList<>();
        for (String service : consumersByService.keySet()) {
            Set<ServiceConfig.Consumer> consumers = consumersByService.get(service);
            if (consumers.isEmpty()) {
                continue;
            }
            var scaled = m.ofKind("ScaledObject").stream()
                    .filter(s -> s.at("/spec/scaleTargetRef/name").asText().equals(service))
                    .findFirst();
            if (scaled.isEmpty()) {
                problems.add(service + " consumes " + consumers + " but has no KEDA ScaledObject: replace its"
                        + " HorizontalPodAutoscaler in k8s/base/services/" + service + ".yaml by one");
                continue;
            }
            Set<ServiceConfig.Consumer> triggered = new HashSet<>();
            int busiest = 0;
            for (JsonNode trigger : scaled.get().at("/spec/triggers")) {
                if (!trigger.path("type").asText().equals("kafka")) {
                    continue;
                }
                JsonNode metadata = trigger.path("metadata");
                var consumer = new ServiceConfig.Consumer(
                        metadata.path("consumerGroup").asText(),
                        metadata.path("topic").asText());
                triggered.add(consumer);
                if (!consumer.group().equals(service)) {
                    problems.add(service + ": trigger reads the lag of group " + consumer.group()
                            + "; the services' consumer group is their name");
                }
                if (!partitions.containsKey(consumer.topic())) {
                    problems.add(
                            service + ": trigger reads the lag of " + consumer.topic() + ", which has no KafkaTopic");
                }
                if (!metadata.path("bootstrapServers").asText().equals(bootstrap)) {
                    problems.add(service + ": trigger reads lag from another broker than the service uses");
                }
                busiest = Math.max(busiest, partitions.getOrDefault(consumer.topic(), 0));
            }
            for (ServiceConfig.Consumer consumer : consumers) {
                if (!triggered.contains(consumer)) {
                    problems.add(service + " consumes " + consumer + " but its ScaledObject in k8s/base/services/"
                            + service + ".yaml has no kafka trigger for it");
                }
            }
            int max = scaled.get().at("/spec/maxReplicaCount").asInt();
            if (max > busiest) {
                problems.add(service + " may scale to " + max + " replicas, past the " + busiest
                        + " partitions of its busiest topic");
            }
        }
        return problems;
    }

    private static Map<String, Integer> kafkaTopics(Manifests m) {
        Map<String, Integer> topics = new HashMap<>();
        for (ObjectNode topic : m.ofKind("KafkaTopic")) {
            String topicName = topic.at("/spec/topicName").asText(name(topic));
            topics.put(topicName, topic.at("/spec/partitions").asInt());
        }
        return topics;
    }

    /** Annotation naming the Secrets of a Deployment that the installer creates, as k8s/README.md tells. */
    public static final String INSTALLER_SECRETS = "tandem.dev/installer-secrets";

    /** The Secrets a Deployment declares the installer creates (annotation {@value #INSTALLER_SECRETS}). */
    public static List<String> installerSecrets(JsonNode deployment) {
        String names = deployment
                .path("metadata")
                .path("annotations")
                .path(INSTALLER_SECRETS)
                .asText("");
        return Arrays.stream(names.split(","))
                .map(String::trim)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    /**
     * The environment variables each service needs in production ({@code required}) that its Deployment does not set,
     * directly or through a ConfigMap it loads whole.
     */
    public static List<String> productionSettings(Manifests m, Map<String, Set<String>> required) {
        List<String> problems = new ArrayList<>();
        for (var entry : required.entrySet()) {
            var deployment = m.find("Deployment", entry.getKey());
            if (deployment.isEmpty()) {
                problems.add("service " + entry.getKey() + " has no Deployment");
                continue;
            }
            Set<String> provided = new HashSet<>();
            for (JsonNode container : deployment.get().at("/spec/template/spec/containers")) {
                container
                        .path("env")
                        .forEach(env -> provided.add(env.path("name").asText()));
                for (JsonNode source : container.path("envFrom")) {
                    m.find("ConfigMap", source.at("/configMapRef/name").asText())
                            .ifPresent(c -> c.path("data").fieldNames().forEachRemaining(provided::add));
                }
            }
            for (String env : new TreeSet<>(entry.getValue())) {
                if (!provided.contains(env)) {
                    problems.add("Deployment " + entry.getKey() + " does not set " + env
                            + ", which its application.properties sets only for %dev");
                }
            }
        }
        return problems;
    }

    /** The environment variables each service's configuration leaves to production. */
    public static Map<String, Set<String>> requiredProductionEnv() {
        Map<String, Set<String>> required = new LinkedHashMap<>();
        for (String service : ServiceConfig.SERVICES) {
            required.put(service, ServiceConfig.load(service).productionEnv());
        }
        return required;
    }

    /** Secrets in the overlay and those its operators write, with their keys (null: any key). */
    private static Map<String, Set<String>> secrets(Manifests m) {
        Map<String, Set<String>> secrets = new HashMap<>();
        for (ObjectNode secret : m.ofKind("Secret")) {
            Set<String> keys = new HashSet<>();
            secret.path("data").fieldNames().forEachRemaining(keys::add);
            secret.path("stringData").fieldNames().forEachRemaining(keys::add);
            secrets.put(name(secret), keys);
        }
        for (ObjectNode cluster : m.ofKind("Cluster")) {
            if (!cluster.at("/spec/bootstrap/initdb/secret").isMissingNode()) {
                continue; // credentials supplied, not generated: that Secret must be declared itself
            }
            secrets.put(name(cluster) + "-app", CNPG_APP_SECRET_KEYS);
        }
        return secrets;
    }

    private static void configMap(Manifests m, String name, String key, String where, List<String> problems) {
        var configMap = m.find("ConfigMap", name);
        if (configMap.isEmpty()) {
            problems.add(where + " uses missing ConfigMap " + name);
        } else if (key != null && !configMap.get().path("data").has(key)) {
            problems.add(where + " uses missing key " + key + " of ConfigMap " + name);
        }
    }

    private static void secret(
            Map<String, Set<String>> secrets, String name, String key, String where, List<String> problems) {
        if (!secrets.containsKey(name)) {
            problems.add(where + " uses Secret " + name + ", which neither the overlay nor an operator creates");
        } else if (key != null
                && secrets.get(name) != null
                && !secrets.get(name).contains(key)) {
            problems.add(where + " uses missing key " + key + " of Secret " + name);
        }
    }

    private static void requireService(Manifests m, String host, String where, List<String> problems) {
        Set<String> services = new HashSet<>();
        m.ofKind("Service").forEach(s -> services.add(name(s)));
        // Services the operators create for their resources.
        m.ofKind("Kafka").forEach(k -> services.add(name(k) + "-kafka-bootstrap"));
        m.ofKind("Keycloak").forEach(k -> services.add(name(k) + "-service"));
        m.ofKind("Cluster").forEach(c -> services.add(name(c) + "-rw"));
        if (!services.contains(host)) {
            problems.add(where + " names host " + host + ", which is no Service of the overlay or its operators");
        }
    }

    private static void requireDatabase(Manifests m, URI url, String where, List<String> problems) {
        String host = url.getHost();
        if (!host.endsWith("-rw")) {
            problems.add(where + " should reach the primary through the -rw Service, not " + host);
            return;
        }
        var cluster = m.find("Cluster", host.substring(0, host.length() - "-rw".length()));
        String database = url.getPath().substring(1);
        if (cluster.isEmpty()) {
            problems.add(where + " names a database host with no CloudNativePG Cluster: " + host);
        } else if (!cluster.get().at("/spec/bootstrap/initdb/database").asText().equals(database)) {
            problems.add(where + " names database " + database + ", which Cluster " + name(cluster.get())
                    + " does not create");
        }
    }

    private static Set<String> containerPortNames(ObjectNode deployment) {
        Set<String> names = new HashSet<>();
        for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
            for (JsonNode port : container.path("ports")) {
                names.add(port.path("name").asText());
            }
        }
        return names;
    }
}
