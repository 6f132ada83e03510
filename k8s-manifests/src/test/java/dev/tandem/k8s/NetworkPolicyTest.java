package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Who may talk to whom, read from the NetworkPolicies the way the cluster applies them: the union of the rules of
 * every policy that selects a pod, everything else denied. Peers are written {@code namespace{labels}/pods{labels}:port}.
 */
class NetworkPolicyTest {

    private final Manifests prod = new Manifests(Overlays.prod());

    @Test
    void everyTandemPodIsDeniedByDefaultBothWays() {
        for (ObjectNode deployment : prod.ofKind("Deployment")) {
            boolean denied = policiesSelecting(deployment).stream()
                    .anyMatch(p -> p.at("/spec/policyTypes").toString().equals("[\"Ingress\",\"Egress\"]")
                            && !p.path("spec").has("ingress")
                            && !p.path("spec").has("egress"));
            assertThat(denied).as(name(deployment)).isTrue();
        }
    }

    @Test
    void servicesReachOnlyKafkaTheirOwnDatabaseKeycloakAndDns() {
        for (String service : List.of("account-service", "health-service", "cta-service", "content-service")) {
            String database = service.substring(0, service.indexOf('-')) + "-db";
            Set<String> expected = new TreeSet<>(Set.of(
                    "namespace{kubernetes.io/metadata.name=kube-system}/pods{k8s-app=kube-dns}:53",
                    "pods{app=keycloak}:8080",
                    "pods{strimzi.io/broker-role=true,strimzi.io/cluster=tandem-kafka}:9092",
                    "pods{cnpg.io/cluster=" + database + "}:5432"));
            if (service.equals("cta-service")) {
                // Tech-touch messages go to an endpoint outside the cluster, over HTTPS, and e-mail to an SMTP relay
                // (submission), never to private ranges.
                String publicAddresses = "ipBlock{0.0.0.0/0 except [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16,"
                        + " 169.254.0.0/16, 100.64.0.0/10]}";
                expected.add(publicAddresses + ":443");
                expected.add(publicAddresses + ":587");
            }
            assertThat(egress(service)).as(service).isEqualTo(expected);
        }
    }

    /** The broker feeds the gateway's subscriptions (health.events, cta.events). */
    @Test
    void gatewayReachesTheServicesTheBrokerKeycloakAndDnsButNoDatabase() {
        assertThat(egress("gateway"))
                .containsExactlyInAnyOrder(
                        "namespace{kubernetes.io/metadata.name=kube-system}/pods{k8s-app=kube-dns}:53",
                        "pods{app=keycloak}:8080",
                        "pods{strimzi.io/broker-role=true,strimzi.io/cluster=tandem-kafka}:9092",
                        "pods{app.kubernetes.io/name in [account-service, health-service, cta-service,"
                                + " content-service]}:http");
    }

    @Test
    void fromOutsideOnlyTheGatewayAndTheIntegratorApisAreReachable() {
        String ingressController = "namespace{kubernetes.io/metadata.name=ingress-nginx}:http";
        String monitoring = "namespace{kubernetes.io/metadata.name=monitoring}:http";
        String gateway = "pods{app.kubernetes.io/name=gateway}:http";

        assertThat(ingress("gateway")).containsExactlyInAnyOrder(ingressController, monitoring);
        assertThat(ingress("account-service")).containsExactlyInAnyOrder(ingressController, gateway, monitoring);
        assertThat(ingress("health-service")).containsExactlyInAnyOrder(ingressController, gateway, monitoring);
        assertThat(ingress("cta-service")).containsExactlyInAnyOrder(gateway, monitoring);
        assertThat(ingress("content-service")).containsExactlyInAnyOrder(gateway, monitoring);
    }

    @Test
    void theIngressPublishesOnlyGraphqlTheConsoleAndTheIntegratorPaths() {
        Set<String> routes = new TreeSet<>();
        for (ObjectNode ingress : prod.ofKind("Ingress")) {
            for (JsonNode rule : ingress.at("/spec/rules")) {
                for (JsonNode path : rule.at("/http/paths")) {
                    routes.add(path.path("path").asText() + " -> "
                            + path.at("/backend/service/name").asText());
                }
            }
        }
        assertThat(routes)
                .containsExactly(
                        "/api/v1/accounts -> account-service",
                        "/api/v1/imports -> account-service",
                        "/api/v1/signals -> health-service",
                        // Static files that hold no data; the console's calls go to /graphql with a token.
                        "/console -> gateway",
                        "/graphql -> gateway");
    }

    private Set<String> egress(String deployment) {
        return peers(deployment, "egress", "to");
    }

    private Set<String> ingress(String deployment) {
        return peers(deployment, "ingress", "from");
    }

    private Set<String> peers(String deploymentName, String direction, String field) {
        Set<String> peers = new TreeSet<>();
        for (ObjectNode policy :
                policiesSelecting(prod.find("Deployment", deploymentName).orElseThrow())) {
            for (JsonNode rule : policy.at("/spec/" + direction)) {
                for (JsonNode peer : rule.path(field)) {
                    for (JsonNode port : rule.path("ports")) {
                        peers.add(describe(peer) + ":" + port.path("port").asText());
                    }
                }
            }
        }
        return peers;
    }

    private List<ObjectNode> policiesSelecting(ObjectNode deployment) {
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        return prod.ofKind("NetworkPolicy").stream()
                .filter(p -> selects(p.at("/spec/podSelector"), labels))
                .toList();
    }

    /** A LabelSelector (matchLabels, and matchExpressions with In) against labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        for (var entry : selector.path("matchLabels").properties()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            assertThat(expression.path("operator").asText())
                    .as("supported operator")
                    .isEqualTo("In");
            boolean in = false;
            for (JsonNode value : expression.path("values")) {
                in |= value.equals(labels.get(expression.path("key").asText()));
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JsonNode peer) {
        StringBuilder out = new StringBuilder();
        if (peer.has("ipBlock")) {
            List<String> except = new ArrayList<>();
            peer.at("/ipBlock/except").forEach(e -> except.add(e.asText()));
            out.append("ipBlock{")
                    .append(peer.at("/ipBlock/cidr").asText())
                    .append(" except ")
                    .append(except)
                    .append("}");
        }
        if (peer.has("namespaceSelector")) {
            out.append("namespace").append(describeSelector(peer.get("namespaceSelector")));
        }
        if (peer.has("podSelector")) {
            out.append(out.isEmpty() ? "" : "/").append("pods").append(describeSelector(peer.get("podSelector")));
        }
        return out.toString();
    }

    private static String describeSelector(JsonNode selector) {
        Set<String> terms = new TreeSet<>();
        selector.path("matchLabels")
                .properties()
                .forEach(e -> terms.add(e.getKey() + "=" + e.getValue().asText()));
        for (JsonNode expression : selector.path("matchExpressions")) {
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            terms.add(expression.path("key").asText() + " in " + values);
        }
        return "{" + String.join(",", terms) + "}";
    }
}
