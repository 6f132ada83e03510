package dev.tandem.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak's server distribution, unpacked once from the zip the launcher's build copies to {@code target/keycloak}
 * into {@code .tandem/keycloak/<its top directory>}, e.g. {@code keycloak-26.7.3}, and kept there: Keycloak builds
 * itself into it on its first start and keeps its dev database, with the realm and its users, in its {@code data/}.
 *
 * <p>The zip is unpacked into a scratch directory that is renamed into place only once complete, so a crash half-way
 * leaves no half distribution for the next start to trust; the next start deletes the scratch directory.
 */
final class KeycloakDistribution {

    private static final String SCRATCH_PREFIX = ".unpacking-";
    private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_EXECUTE);

    private final Path zip;
    private final Path parent;

    /**
     * @param zip the distribution as Maven Central serves it, everything under one top directory
     * @param parent where the distribution is unpacked, {@code .tandem/keycloak}
     */
    KeycloakDistribution(Path zip, Path parent) {
        this.zip = zip;
        this.parent = parent;
    }

    /** Where the launcher's build puts the zip. */
    static Path builtZip(Path projectRoot) {
        return projectRoot.resolve("launcher/target/keycloak/keycloak-quarkus-dist.zip");
    }

    /** The distribution's directory, where {@code bin/kc.sh} is; {@link #unpack()} may not have made it yet. */
    Path home() {
        return parent.resolve(topDirectory());
    }

    boolean isUnpacked() {
        return Files.isRegularFile(home().resolve("bin/kc.sh"));
    }

    /** Unpacks the zip unless an earlier start did; returns {@link #home()}. */
    Path unpack() {
        Path home = home();
        if (isUnpacked()) {
            return home;
        }
        try {
            Files.createDirectories(parent);
            deleteScratch();
            Path scratch = Files.createTempDirectory(parent, SCRATCH_PREFIX);
            extract(scratch);
            makeScriptsExecutable(scratch.resolve(home.getFileName()).resolve("bin"));
            Files.move(scratch.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(scratch);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + parent, e);
        }
    }

    private String topDirectory() {
        if (!Files.isRegularFile(zip)) {
            throw new TandemException("Keycloak's distribution is missing: " + zip + ".\n"
                    + "Build the launcher again: ./mvnw -pl launcher -am install -DskipTests");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            if (!entries.hasMoreElements()) {
                throw new TandemException(zip + " is empty.");
            }
            String first = entries.nextElement().getName();
            int slash = first.indexOf('/');
            if (slash < 1) {
                throw new TandemException(zip + " does not hold everything under one directory.");
            }
            return first.substring(0, slash);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + zip, e);
        }
    }

    private void extract(Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path path = target.resolve(entry.getName()).normalize();
                // A crafted entry name such as ../../x must not write outside the scratch directory.
                if (!path.startsWith(target)) {
                    throw new IOException("Entry outside the distribution: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, path);
                    }
                }
            }
        }
    }

    // ZipFile does not restore Unix permissions, and the launcher runs kc.sh directly.
    private static void makeScriptsExecutable(Path bin) throws IOException {
        if (!Files.isDirectory(bin)) {
            return;
        }
        List<Path> scripts;
        try (Stream<Path> files = Files.list(bin)) {
            scripts = files.filter(file -> file.getFileName().toString().endsWith(".sh"))
                    .toList();
        }
        for (Path script : scripts) {
            Files.setPosixFilePermissions(script, EXECUTABLE);
        }
    }

    private void deleteScratch() throws IOException {
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(parent)) {
            leftovers = files.filter(file -> file.getFileName().toString().startsWith(SCRATCH_PREFIX))
                    .toList();
        }
        for (Path leftover : leftovers) {
            deleteTree(leftover);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
