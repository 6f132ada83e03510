package dev.tandem.k8s.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.k8s.Overlays;
import dev.tandem.k8s.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The KeycloakRealmImport resources are the realm files of the local stack, converted: the committed YAML matches the
 * JSON, the dev overlay imports exactly what {@code ./tandem up} imports, and prod nothing of the dev file.
 */
class RealmImportsTest {

    static final Path BASE_FILE = Repo.BASE.resolve("keycloak/realm-import.yaml");
    static final Path DEV_FILE = Repo.DEV.resolve("realm-import-dev.yaml");

    @Test
    void committedRealmImportIsGeneratedFromTheRealmFile() throws IOException {
        assertUpToDate(BASE_FILE, RealmImports.baseFile(Repo.REALM));
    }

    @Test
    void committedDevPatchIsGeneratedFromTheDevRealmFile() throws IOException {
        assertUpToDate(DEV_FILE, RealmImports.devPatchFile(Repo.REALM, Repo.DEV_REALM));
    }

    @Test
    void devOverlayImportsWhatTheLocalStackImports() {
        ObjectNode base = RealmImports.read(Repo.REALM);
        ObjectNode dev = RealmImports.read(Repo.DEV_REALM);
        ObjectNode expected = base.deepCopy();
        ((ArrayNode) expected.get("clients")).addAll((ArrayNode) dev.get("clients"));
        ((ArrayNode) expected.get("users")).addAll((ArrayNode) dev.get("users"));

        assertThat(realm(Overlays.dev())).isEqualTo(expected);
    }

    @Test
    void prodOverlayHasNoDevUsersOrClients() {
        JsonNode realm = realm(Overlays.prod());
        ObjectNode dev = RealmImports.read(Repo.DEV_REALM);

        List<String> users = new ArrayList<>();
        realm.path("users").forEach(u -> users.add(u.path("username").asText()));
        assertThat(users)
                .as("prod's only users are the service accounts of its own clients")
                .containsExactly("service-account-tandem-directory");
        assertThat(clientIds(realm)).isEqualTo(clientIds(RealmImports.read(Repo.REALM)));
        assertThat(clientIds(realm)).doesNotContainAnyElementsOf(clientIds(dev));
        assertThat(realm.toString()).doesNotContain("localhost", "127.0.0.1");
    }

    @Test
    void theConsoleSignsInAndComesBackToTheDevClustersHost() {
        String host = ingressHost(Overlays.dev());
        String console = "http://" + host + "/console/";

        assertThat(consoleRedirects(realm(Overlays.dev())))
                .as("Keycloak sends the dev cluster's console (%s) back to it after sign-in", console)
                .anySatisfy(pattern -> assertThat(admits(pattern, console)).isTrue());
        assertThat(consoleRedirects(realm(Overlays.prod())))
                .noneSatisfy(pattern -> assertThat(pattern).contains(host));
    }

    @Test
    void devPatchAppendsListsAndSetsOtherKeys() {
        ObjectNode base = JsonNodeFactory.instance.objectNode();
        base.putArray("clients").addObject().put("clientId", "a");
        ObjectNode dev = JsonNodeFactory.instance.objectNode();
        dev.put("_comment", "ignored");
        dev.putArray("clients").addObject().put("clientId", "b");
        dev.putArray("users").addObject().put("username", "u");
        dev.put("sslRequired", "none");

        assertThat(RealmImports.devPatch(base, dev).toString())
                .isEqualTo("[{\"op\":\"add\",\"path\":\"/spec/realm/clients/-\",\"value\":{\"clientId\":\"b\"}},"
                        + "{\"op\":\"add\",\"path\":\"/spec/realm/users\",\"value\":[{\"username\":\"u\"}]},"
                        + "{\"op\":\"add\",\"path\":\"/spec/realm/sslRequired\",\"value\":\"none\"}]");
    }

    @Test
    void everyPlaceholderOfTheRealmIsFilledFromASecretInBothOverlays() {
        List<String> used = RealmImports.placeholdersIn(RealmImports.read(Repo.REALM));
        assertThat(used).contains("TANDEM_DIRECTORY_CLIENT_SECRET");

        for (List<ObjectNode> overlay : List.of(Overlays.dev(), Overlays.prod())) {
            JsonNode placeholders = realmImport(overlay).path("spec").path("placeholders");
            for (String name : used) {
                assertThat(placeholders.at("/" + name + "/secret/name").asText())
                        .as("Secret filling ${%s}", name)
                        .isNotEmpty();
            }
        }
    }

    private static JsonNode realmImport(List<ObjectNode> objects) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals("KeycloakRealmImport"))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode realm(List<ObjectNode> objects) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals("KeycloakRealmImport"))
                .findFirst()
                .orElseThrow()
                .path("spec")
                .path("realm");
    }

    private static List<String> consoleRedirects(JsonNode realm) {
        List<String> patterns = new ArrayList<>();
        realm.path("clients").forEach(client -> {
            if (client.path("clientId").asText().equals("tandem-console")) {
                client.path("redirectUris").forEach(uri -> patterns.add(uri.asText()));
            }
        });
        return patterns;
    }

    /** Keycloak's redirect URI patterns: exact, or a prefix before a trailing {@code *}. */
    private static boolean admits(String pattern, String uri) {
        return pattern.endsWith("*") ? uri.startsWith(pattern.substring(0, pattern.length() - 1)) : uri.equals(pattern);
    }

    private static String ingressHost(List<ObjectNode> objects) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals("Ingress"))
                .map(o -> o.at("/spec/rules/0/host").asText())
                .findFirst()
                .orElseThrow();
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    static void assertUpToDate(Path file, String generated) throws IOException {
        if (Boolean.getBoolean("k8s.update")) {
            Files.writeString(file, generated);
        }
        assertThat(file).exists();
        assertThat(Files.readString(file))
                .as("%s is stale: run ./mvnw -f k8s-manifests/pom.xml verify -Dk8s.update=true", file)
                .isEqualTo(generated);
    }
}
