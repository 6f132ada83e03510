package dev.tandem.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The local realm's demo people, read from the dev-only realm file the stack's Keycloak imports: who they are, their
 * role and their (public) password. Client service accounts, which have no password, are not among them.
 */
final class DevUsers {

    static final Path REALM_FILE = Path.of("k8s", "keycloak", "dev", "tandem-realm-dev.json");

    private final Map<String, DevUser> byName;

    /** A person of the demo realm. */
    record DevUser(String name, String role, String password) {}

    private DevUsers(Map<String, DevUser> byName) {
        this.byName = byName;
    }

    static DevUsers of(Path projectRoot) {
        try {
            JsonNode realm =
                    new ObjectMapper().readTree(projectRoot.resolve(REALM_FILE).toFile());
            Map<String, DevUser> users = new LinkedHashMap<>();
            for (JsonNode user : realm.path("users")) {
                JsonNode password = user.at("/credentials/0/value");
                if (password.isTextual()) {
                    String name = user.path("username").asText();
                    users.put(name, new DevUser(name, user.at("/realmRoles/0").asText(""), password.asText()));
                }
            }
            return new DevUsers(users);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + REALM_FILE, e);
        }
    }

    Optional<DevUser> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** "ada (cs-admin), carl (csm), …", for messages. */
    String list() {
        return byName.values().stream()
                .map(user -> user.name() + " (" + user.role() + ")")
                .collect(Collectors.joining(", "));
    }
}
