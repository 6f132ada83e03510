package dev.tandem.k8s.kustomize;

/** A kustomization the renderer cannot build: bad YAML, a missing file, a field outside the supported subset. */
public class KustomizeException extends RuntimeException {

    public KustomizeException(String message) {
        super(message);
    }

    public KustomizeException(String message, Throwable cause) {
        super(message, cause);
    }
}
