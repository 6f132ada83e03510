package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every Deployment scales through exactly one autoscaler and has a disruption budget; every Kafka consumer scales on
 * its lag, within its topics' partitions.
 */
public final class ScalingReferences {

    private ScalingReferences() {}

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
        Map<String, Integer> partitions = TopicReferences.kafkaTopics(m);
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
}
