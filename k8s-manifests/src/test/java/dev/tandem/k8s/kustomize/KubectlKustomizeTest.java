package dev.tandem.k8s.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.k8s.Overlays;
import dev.tandem.k8s.Repo;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where kubectl is installed, the renderer builds exactly what {@code kubectl kustomize} builds, object for object. The
 * build does not need kubectl; without it this test is skipped and the renderer's own tests stand alone.
 */
class KubectlKustomizeTest {

    static Stream<Path> overlays() {
        return Stream.of(Repo.DEV, Repo.PROD);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersWhatKubectlKustomizeRenders(Path overlay) throws IOException, InterruptedException {
        Path kubectl = kubectl();
        assumeTrue(kubectl != null, "kubectl is not on the PATH");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString())
                .redirectErrorStream(false)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(errors).isZero();

        Map<String, JsonNode> expected = byId(Yaml.readAll(output, "kubectl kustomize " + overlay).stream()
                .map(ObjectNode.class::cast)
                .toList());
        Map<String, JsonNode> actual = byId(Overlays.render(overlay));

        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String id : expected.keySet()) {
            assertThat(actual.get(id)).as(id).isEqualTo(expected.get(id));
        }
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> objects) {
        Map<String, JsonNode> byId = new TreeMap<>();
        objects.forEach(o -> byId.put(Kustomize.id(o), o));
        return byId;
    }

    private static Path kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
