package dev.tandem.k8s.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes (multi-document) YAML as Jackson trees. */
public final class Yaml {

    public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    private Yaml() {}

    /** Every non-empty document of a YAML text. */
    public static List<JsonNode> readAll(String text, String origin) {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = MAPPER.createParser(text)) {
            var iterator = MAPPER.readValues(parser, JsonNode.class);
            while (iterator.hasNextValue()) {
                JsonNode document = iterator.nextValue();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new KustomizeException(origin + " is not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    public static List<JsonNode> readAll(Path file) {
        return readAll(read(file), file.toString());
    }

    /** The single document of a file, which must be a mapping. */
    public static ObjectNode readObject(Path file) {
        List<JsonNode> documents = readAll(file);
        if (documents.size() != 1 || !documents.get(0).isObject()) {
            throw new KustomizeException(file + " must hold exactly one YAML mapping");
        }
        return (ObjectNode) documents.get(0);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** Objects as one multi-document YAML stream, separated by {@code ---}. */
    public static String write(List<? extends JsonNode> objects) {
        StringBuilder out = new StringBuilder();
        for (JsonNode object : objects) {
            if (!out.isEmpty()) {
                out.append("---\n");
            }
            try {
                out.append(MAPPER.writeValueAsString(object));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
