package dev.tandem.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs PostgreSQL's tools as an unprivileged user when the build itself runs as root.
 *
 * <p>initdb, pg_ctl and postgres refuse to run as root, and CI containers commonly build as root. In that case the
 * commands are wrapped in {@code setpriv} (util-linux, present on every mainstream Linux) to run as {@code nobody},
 * and the directories the server writes are handed to that user.
 */
final class ProcessUser {

    private static final String UNPRIVILEGED = "nobody";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private ProcessUser() {}

    static List<String> command(String... command) {
        List<String> full = new ArrayList<>();
        if (ROOT) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=nogroup", "--clear-groups", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    /** Makes a directory the server writes to owned by the user the server runs as. */
    static void handOver(Path directory) {
        if (!ROOT) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
            var owner = users.lookupPrincipalByName(UNPRIVILEGED);
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setOwner(path, owner);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hand " + directory + " over to " + UNPRIVILEGED, e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }
}
