package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names that must resolve to a Service: Services select one Deployment and its port, Ingress backends exist, and the
 * hosts in the services' settings (other services, broker, Keycloak, databases) are Services of the overlay or of the
 * operators' resources.
 */
public final class ServiceReferences {

    private ServiceReferences() {}

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
