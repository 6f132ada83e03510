package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmMergeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void appendsTheDevClientsAndUsersToTheBaseRealms() throws Exception {
        ObjectNode base = json("""
                {"realm": "tandem", "clients": [{"clientId": "tandem-console"}], "roles": {"realm": []}}
                """);
        ObjectNode dev = json("""
                {"clients": [{"clientId": "tandem-dev-cli"}, {"clientId": "tandem-demo-integrator"}],
                 "users": [{"username": "carl"}]}
                """);

        ObjectNode merged = RealmMerge.merge(base, dev);

        assertThat(merged.get("clients").findValuesAsText("clientId"))
                .containsExactly("tandem-console", "tandem-dev-cli", "tandem-demo-integrator");
        assertThat(merged.get("users").findValuesAsText("username")).containsExactly("carl");
        assertThat(merged.get("realm").asText()).isEqualTo("tandem");
        assertThat(merged.get("roles")).isEqualTo(base.get("roles"));
    }

    @Test
    void otherDevKeysOverrideAndTheCommentIsDropped() throws Exception {
        ObjectNode base = json("""
                {"realm": "tandem", "displayName": "Tandem", "accessTokenLifespan": 300}
                """);
        ObjectNode dev = json("""
                {"_comment": "DEV ONLY", "accessTokenLifespan": 3600, "registrationAllowed": false}
                """);

        ObjectNode merged = RealmMerge.merge(base, dev);

        assertThat(merged.get("accessTokenLifespan").asInt()).isEqualTo(3600);
        assertThat(merged.get("registrationAllowed").asBoolean()).isFalse();
        assertThat(merged.get("displayName").asText()).isEqualTo("Tandem");
        assertThat(merged.has("_comment")).isFalse();
    }

    @Test
    void changesNeitherInput() throws Exception {
        ObjectNode base = json("""
                {"clients": [{"clientId": "a"}]}
                """);
        ObjectNode dev = json("""
                {"clients": [{"clientId": "b"}], "_comment": "x"}
                """);
        ObjectNode baseBefore = base.deepCopy();
        ObjectNode devBefore = dev.deepCopy();

        ObjectNode merged = RealmMerge.merge(base, dev);
        ((ObjectNode) merged.get("clients").get(1)).put("clientId", "changed");

        assertThat(base).isEqualTo(baseBefore);
        assertThat(dev).isEqualTo(devBefore);
    }

    @Test
    void writesTheRepositorysRealmWithItsDevUsersAndClients() throws Exception {
        Path realms = projectRoot().resolve("k8s/keycloak");
        Path target = directory.resolve("data/import/tandem-realm.json");

        RealmMerge.writeMerged(
                realms.resolve("tandem-realm.json"), realms.resolve("dev/tandem-realm-dev.json"), target);

        JsonNode realm = MAPPER.readTree(target.toFile());
        assertThat(realm.get("realm").asText()).isEqualTo("tandem");
        assertThat(realm.get("clients").findValuesAsText("clientId"))
                .contains("tandem-console", "tandem-directory", "tandem-dev-cli", "tandem-demo-integrator");
        assertThat(realm.get("users").findValuesAsText("username"))
                .contains("service-account-tandem-directory", "ada", "carl", "cleo", "vera");
        assertThat(realm.has("_comment")).isFalse();
    }

    @Test
    void aFileThatIsNoJsonObjectIsReportedByName() throws Exception {
        Path broken = Files.writeString(directory.resolve("broken.json"), "[1, 2]");
        Path dev = Files.writeString(directory.resolve("dev.json"), "{}");

        assertThatThrownBy(() -> RealmMerge.writeMerged(broken, dev, directory.resolve("out.json")))
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("broken.json");
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) MAPPER.readTree(text);
    }

    // Surefire runs in the module's directory.
    private static Path projectRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }
}
