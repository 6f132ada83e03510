package dev.tandem.launcher;

import static java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

    @TempDir
    Path directory;

    @Test
    void unpacksUnderTheZipsTopDirectoryWithExecutableScripts() throws Exception {
        Path zip = zip(Map.of(
                "keycloak-9.9.9/bin/kc.sh", "#!/bin/sh",
                "keycloak-9.9.9/bin/kc.bat", "@echo off",
                "keycloak-9.9.9/lib/quarkus-run.jar", "jar"));
        KeycloakDistribution distribution = new KeycloakDistribution(zip, directory.resolve("keycloak"));

        Path home = distribution.unpack();

        assertThat(home).isEqualTo(directory.resolve("keycloak/keycloak-9.9.9"));
        assertThat(distribution.isUnpacked()).isTrue();
        assertThat(home.resolve("bin/kc.sh")).hasContent("#!/bin/sh");
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/kc.sh"))).contains(OWNER_EXECUTE);
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/kc.bat"))).doesNotContain(OWNER_EXECUTE);
        assertThat(home.resolve("lib/quarkus-run.jar")).hasContent("jar");
        try (var children = Files.list(directory.resolve("keycloak"))) {
            assertThat(children).containsExactly(home);
        }
    }

    @Test
    void keepsAnUnpackedDistributionAndItsData() throws Exception {
        Path zip = zip(Map.of("keycloak-9.9.9/bin/kc.sh", "#!/bin/sh"));
        KeycloakDistribution distribution = new KeycloakDistribution(zip, directory.resolve("keycloak"));
        Path home = distribution.unpack();
        Files.createDirectories(home.resolve("data/h2"));
        Files.writeString(home.resolve("data/h2/keycloakdb.mv.db"), "realm");

        assertThat(distribution.unpack()).isEqualTo(home);
        assertThat(home.resolve("data/h2/keycloakdb.mv.db")).hasContent("realm");
    }

    @Test
    void throwsAwayWhatACrashedUnpackLeft() throws Exception {
        Path zip = zip(Map.of("keycloak-9.9.9/bin/kc.sh", "#!/bin/sh"));
        Path parent = directory.resolve("keycloak");
        Path leftover = Files.createDirectories(parent.resolve(".unpacking-123/keycloak-9.9.9/bin"));
        Files.writeString(leftover.resolve("half.sh"), "#!/bin/");
        KeycloakDistribution distribution = new KeycloakDistribution(zip, parent);

        assertThat(distribution.isUnpacked()).isFalse();
        Path home = distribution.unpack();

        try (var children = Files.list(parent)) {
            assertThat(children).containsExactly(home);
        }
        assertThat(home.resolve("bin/half.sh")).doesNotExist();
    }

    @Test
    void refusesAnEntryOutsideTheDistribution() throws Exception {
        Path zip = zip(Map.of("keycloak-9.9.9/../../evil.sh", "#!/bin/sh"));
        KeycloakDistribution distribution = new KeycloakDistribution(zip, directory.resolve("keycloak"));

        assertThatThrownBy(distribution::unpack).hasMessageContaining("Could not unpack");
        assertThat(directory.resolve("keycloak/evil.sh")).doesNotExist();
    }

    @Test
    void saysHowToBuildAMissingZip() {
        KeycloakDistribution distribution =
                new KeycloakDistribution(directory.resolve("missing.zip"), directory.resolve("keycloak"));

        assertThatThrownBy(distribution::unpack)
                .isInstanceOf(TandemException.class)
                .hasMessageContaining("missing.zip")
                .hasMessageContaining("./mvnw");
    }

    @Test
    void theBuildPutsTheZipInTheLaunchersTarget() {
        assertThat(KeycloakDistribution.builtZip(Path.of("/work/tandem")))
                .isEqualTo(Path.of("/work/tandem/launcher/target/keycloak/keycloak-quarkus-dist.zip"));
    }

    private Path zip(Map<String, String> files) throws IOException {
        Path zip = directory.resolve("dist.zip");
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            // Sorted, so the top directory's entry comes first as in the real zip.
            for (String name : files.keySet().stream().sorted().toList()) {
                out.putNextEntry(new ZipEntry(name));
                out.write(files.get(name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
