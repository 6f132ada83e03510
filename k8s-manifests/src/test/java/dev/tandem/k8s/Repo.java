package dev.tandem.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, from this module's directory (where Maven runs its tests). */
public final class Repo {

    public static final Path ROOT = findRoot();
    public static final Path K8S = ROOT.resolve("k8s");
    public static final Path BASE = K8S.resolve("base");
    public static final Path DEV = K8S.resolve("overlays/dev");
    public static final Path PROD = K8S.resolve("overlays/prod");
    public static final Path REALM = K8S.resolve("keycloak/tandem-realm.json");
    public static final Path DEV_REALM = K8S.resolve("keycloak/dev/tandem-realm-dev.json");

    private Repo() {}

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("k8s/keycloak"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Not inside the Tandem repository: no k8s/keycloak above " + Path.of(""));
        }
        return dir;
    }

    /** A service module's application.properties. */
    public static Path applicationProperties(String service) {
        return ROOT.resolve(service).resolve("src/main/resources/application.properties");
    }
}
