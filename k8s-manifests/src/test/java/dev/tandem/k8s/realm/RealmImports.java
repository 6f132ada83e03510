package dev.tandem.k8s.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.k8s.kustomize.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the Keycloak operator's resources from the realm files the local stack imports, so that Kubernetes and
 * {@code ./tandem up} can never disagree about the realm:
 *
 * <ul>
 *   <li>the base {@code KeycloakRealmImport}, embedding {@code k8s/keycloak/tandem-realm.json} unchanged;
 *   <li>the dev overlay's JSON 6902 patch adding what {@code k8s/keycloak/dev/tandem-realm-dev.json} adds on the local
 *       stack (demo clients and users appended, other keys set), and nothing else: the prod overlay never includes it.
 * </ul>
 *
 * kustomize cannot read JSON into a custom resource, so the two YAML files are generated and committed; a test fails
 * when they no longer match the JSON (run the build with {@code -Dk8s.update=true} to regenerate them).
 */
public final class RealmImports {

    public static final String NAME = "tandem-realm";
    public static final String KEYCLOAK = "keycloak";
    static final String COMMENT_KEY = "_comment";
    static final List<String> APPENDED = List.of("clients", "users");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RealmImports() {}

    public static ObjectNode realmImport(ObjectNode realm) {
        ObjectNode resource = NODES.objectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2beta1");
        resource.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", NAME);
        metadata.putObject("labels").put("app.kubernetes.io/part-of", "tandem");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("realm", realm.deepCopy());
        List<String> used = placeholdersIn(realm);
        if (!used.isEmpty()) {
            ObjectNode placeholders = spec.putObject("placeholders");
            for (String name : used) {
                SecretKey source = PLACEHOLDERS.get(name);
                if (source == null) {
                    throw new IllegalStateException("The realm file uses ${" + name + "}, which no Secret fills:"
                            + " add it to RealmImports.PLACEHOLDERS");
                }
                placeholders
                        .putObject(name)
                        .putObject("secret")
                        .put("name", source.name())
                        .put("key", source.key());
            }
        }
        return resource;
    }

    /** A key of a Secret. */
    public record SecretKey(String name, String key) {}

    /**
     * The Secrets the operator fills the realm file's {@code ${NAME}} placeholders from when it imports the realm, as
     * Keycloak fills them from its environment on the local stack (the launcher's KeycloakCommand).
     */
    public static final Map<String, SecretKey> PLACEHOLDERS =
            Map.of("TANDEM_DIRECTORY_CLIENT_SECRET", new SecretKey("tandem-directory-client", "secret"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    /** The names of the {@code ${NAME}} placeholders in a realm, in order of first use. */
    public static List<String> placeholdersIn(JsonNode realm) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(realm.toString());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    /** JSON 6902 operations that turn the base import into what the local stack imports (see the launcher). */
    public static ArrayNode devPatch(ObjectNode base, ObjectNode dev) {
        ArrayNode operations = NODES.arrayNode();
        for (var field : dev.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals(COMMENT_KEY)) {
                continue;
            }
            String path = "/spec/realm/" + key.replace("~", "~0").replace("/", "~1");
            if (APPENDED.contains(key) && value.isArray() && base.path(key).isArray()) {
                for (JsonNode element : value) {
                    operations
                            .addObject()
                            .put("op", "add")
                            .put("path", path + "/-")
                            .set("value", element);
                }
            } else {
                operations.addObject().put("op", "add").put("path", path).set("value", value);
            }
        }
        return operations;
    }

    public static String baseFile(Path realm) {
        return header("k8s/keycloak/tandem-realm.json") + Yaml.write(List.of(realmImport(read(realm))));
    }

    public static String devPatchFile(Path realm, Path dev) {
        return header("k8s/keycloak/dev/tandem-realm-dev.json (dev only)")
                + Yaml.write(List.of(devPatch(read(realm), read(dev))));
    }

    private static String header(String source) {
        return "# Generated from " + source + " by the k8s-manifests build (RealmImportsTest). Do not edit:\n"
                + "# change the JSON and run ./mvnw -f k8s-manifests/pom.xml verify -Dk8s.update=true\n";
    }

    public static ObjectNode read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalStateException(file + " holds no JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
