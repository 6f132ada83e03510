package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.events.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A KafkaTopic for every topic the services' configuration and the event contracts name, on the one Kafka cluster. */
public final class TopicReferences {

    private TopicReferences() {}

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

    /** Topic name to partition count, for every KafkaTopic. */
    static Map<String, Integer> kafkaTopics(Manifests m) {
        Map<String, Integer> topics = new HashMap<>();
        for (ObjectNode topic : m.ofKind("KafkaTopic")) {
            String topicName = topic.at("/spec/topicName").asText(name(topic));
            topics.put(topicName, topic.at("/spec/partitions").asInt());
        }
        return topics;
    }
}
