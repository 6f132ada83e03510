package dev.tandem.k8s.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated schemas in {@code src/test/resources/schemas} are what the pinned model versions produce today, so a
 * version bump cannot leave stale schemas behind. {@code -Dk8s.update=true} rewrites them instead of failing.
 */
class VendoredSchemasTest {

    static final Path DIR = Path.of("src/test/resources/schemas");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(GeneratedSchemas.class)
    void vendoredSchemaIsWhatTheModelGenerates(GeneratedSchemas schemas) throws IOException {
        String generated = write(schemas.generate());
        Path file = DIR.resolve(schemas.file());
        if (Boolean.getBoolean("k8s.update")) {
            Files.writeString(file, generated);
        }
        assertThat(file).exists();
        assertThat(Files.readString(file))
                .as("%s is stale: run ./mvnw -f k8s-manifests/pom.xml verify -Dk8s.update=true", file)
                .isEqualTo(generated);
    }

    /** One definition a line: small files whose diffs still show which types changed. */
    static String write(ObjectNode document) throws IOException {
        StringBuilder out = new StringBuilder("{\n");
        for (var field : document.properties()) {
            if (!field.getKey().equals("$defs")) {
                out.append("  ").append(JSON.writeValueAsString(field.getKey())).append(": ");
                out.append(JSON.writeValueAsString(field.getValue())).append(",\n");
            }
        }
        out.append("  \"$defs\": {\n");
        var definitions = document.get("$defs").properties().iterator();
        while (definitions.hasNext()) {
            var definition = definitions.next();
            out.append("    ")
                    .append(JSON.writeValueAsString(definition.getKey()))
                    .append(": ");
            out.append(JSON.writeValueAsString(definition.getValue())).append(definitions.hasNext() ? ",\n" : "\n");
        }
        return out.append("  }\n}\n").toString();
    }
}
