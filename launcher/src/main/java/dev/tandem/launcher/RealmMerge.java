package dev.tandem.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The realm Keycloak imports on the local stack: the realm file that Kubernetes imports too, plus the dev-only demo
 * users and clients, which live in a file of their own so that no other Keycloak ever gets them.
 */
final class RealmMerge {

    /** Lists the dev file adds to rather than replaces. */
    private static final Set<String> APPENDED = Set.of("clients", "users");
    /** Notes for people reading the dev file; Keycloak rejects keys it does not know. */
    private static final String COMMENT = "_comment";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RealmMerge() {}

    /**
     * The base realm with the dev file's {@code clients} and {@code users} appended to its own and every other key of
     * the dev file, but {@code _comment}, in place of the base's; neither argument is changed.
     */
    static ObjectNode merge(ObjectNode base, ObjectNode dev) {
        ObjectNode merged = base.deepCopy();
        for (var field : dev.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue().deepCopy();
            if (key.equals(COMMENT)) {
                continue;
            }
            if (APPENDED.contains(key) && value.isArray()) {
                JsonNode existing = merged.get(key);
                ArrayNode list = existing != null && existing.isArray() ? (ArrayNode) existing : merged.putArray(key);
                list.addAll((ArrayNode) value);
            } else {
                merged.set(key, value);
            }
        }
        return merged;
    }

    /** Writes the merge of the two files to {@code target}, creating its directory. */
    static void writeMerged(Path base, Path dev, Path target) {
        ObjectNode merged = merge(read(base), read(dev));
        try {
            Files.createDirectories(target.getParent());
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), merged);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }

    private static ObjectNode read(Path file) {
        JsonNode node;
        try {
            node = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new TandemException("Could not read the realm file " + file + ": " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new TandemException("The realm file " + file + " holds no JSON object.");
        }
        return (ObjectNode) node;
    }
}
