package dev.tandem.testing.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries that zonky publishes on Maven Central, unpacked once per machine.
 *
 * <p>They are unpacked under the system temp directory rather than the user's home so that the unprivileged account
 * the server runs as when the build runs as root (see {@link ProcessUser}) can read and execute them.
 */
final class PostgresBinaries {

    private static final Object LOCK = new Object();

    private PostgresBinaries() {}

    /** Returns the directory holding {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres}. */
    static Path install() {
        String archive = archiveName();
        var resource = PostgresBinaries.class.getClassLoader().getResource(archive);
        if (resource == null) {
            throw new IllegalStateException("No PostgreSQL binaries for this platform on the class path: " + archive);
        }
        // The jar's file name carries the PostgreSQL version, so a version upgrade unpacks into a new directory.
        String key = Integer.toHexString(resource.toExternalForm().hashCode());
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "tandem-postgres-" + key);
        synchronized (LOCK) {
            if (Files.exists(home.resolve(".complete"))) {
                return home;
            }
            try (InputStream in = resource.openStream()) {
                unpack(in, home);
                Files.createFile(home.resolve(".complete"));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not unpack PostgreSQL binaries to " + home, e);
            }
            return home;
        }
    }

    private static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + system + "-" + machine + ".txz";
    }

    private static void unpack(InputStream archive, Path target) throws IOException {
        // Unpack beside the target and move it into place, so a crash never leaves a half-unpacked directory behind.
        Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + "-staging-");
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = staging.resolve(entry.getName()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(
                            path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raceLost) {
            // Another JVM unpacked the same version first; its copy is as good as ours.
            if (!Files.exists(target)) {
                throw raceLost;
            }
            ProcessUser.deleteRecursively(staging);
        }
    }
}
