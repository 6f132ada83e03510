package dev.tandem.k8s;

import static dev.tandem.k8s.Manifests.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Configuration the Deployments (and Keycloak) use exists: ConfigMaps, Secrets and their keys, in the overlay, written
 * by an operator, or created by the installer as k8s/README.md documents; and every setting production must give a
 * service is set.
 */
public final class ConfigReferences {

    private ConfigReferences() {}

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
        // The realm import's placeholders may name a Secret the installer creates for a service too.
        Map<String, Set<String>> withInstallers = new HashMap<>(secrets);
        m.ofKind("Deployment").forEach(d -> installerSecrets(d).forEach(n -> withInstallers.putIfAbsent(n, null)));
        for (ObjectNode realmImport : m.ofKind("KeycloakRealmImport")) {
            realmImport
                    .path("spec")
                    .path("placeholders")
                    .forEach(placeholder -> secret(
                            withInstallers,
                            placeholder.at("/secret/name").asText(),
                            placeholder.at("/secret/key").asText(),
                            "KeycloakRealmImport " + name(realmImport),
                            problems));
        }
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
}
