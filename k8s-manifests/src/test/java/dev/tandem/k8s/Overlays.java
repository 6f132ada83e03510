package dev.tandem.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.k8s.kustomize.Kustomize;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rendered overlays, built once per test run. Callers get copies: tests may not change each other's input. */
public final class Overlays {

    private static final Map<Path, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {}

    public static List<ObjectNode> dev() {
        return render(Repo.DEV);
    }

    public static List<ObjectNode> prod() {
        return render(Repo.PROD);
    }

    public static List<ObjectNode> render(Path overlay) {
        return RENDERED.computeIfAbsent(overlay, Kustomize::build).stream()
                .map(ObjectNode::deepCopy)
                .toList();
    }
}
