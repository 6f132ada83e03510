package dev.tandem.launcher;

import java.nio.file.Path;

/**
 * Prepares {@code .tandem/keycloak} and starts Keycloak in dev mode as a process of its own: the distribution is
 * unpacked on the first start, and the realm file is rewritten on every start for Keycloak to import when the realm
 * does not exist yet.
 */
final class KeycloakServer {

    private final StateLayout layout;
    private final KeycloakDistribution distribution;
    private final KeycloakCommand command;
    private final ProcessSpawner spawner;

    KeycloakServer(StateLayout layout, StackPlan plan, ProcessSpawner spawner) {
        this.layout = layout;
        this.distribution = new KeycloakDistribution(KeycloakDistribution.builtZip(layout.root()), layout.keycloak());
        this.command = new KeycloakCommand(layout, plan);
        this.spawner = spawner;
    }

    /** True when {@link #prepare()} has to unpack the distribution first, which takes a few seconds. */
    boolean isFirstStart() {
        return !distribution.isUnpacked();
    }

    /** Unpacks the distribution if needed and writes the realm; returns the distribution's directory. */
    Path prepare() {
        Path home = distribution.unpack();
        Path realms = layout.root().resolve("k8s/keycloak");
        RealmMerge.writeMerged(
                realms.resolve("tandem-realm.json"),
                realms.resolve("dev/tandem-realm-dev.json"),
                home.resolve("data/import/tandem-realm.json"));
        return home;
    }

    /** Starts kc.sh in the prepared distribution {@code home}. */
    Process start(Path home) {
        Path javaHome = Path.of(System.getProperty("java.home"));
        return spawner.start(command.arguments(home), command.environment(javaHome), layout.log(StackPlan.KEYCLOAK));
    }
}
