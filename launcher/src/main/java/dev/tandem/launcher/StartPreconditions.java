package dev.tandem.launcher;

import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold before components start, checked up front so that a start fails with a sentence rather than half
 * way: the services are built, Keycloak's distribution is there, and nothing else listens on their ports.
 */
final class StartPreconditions {

    private StartPreconditions() {}

    /** @throws TandemException saying what is missing or in the way, and what to do about it */
    static void check(StateLayout layout, StackPlan plan, Collection<String> components) {
        requireBuiltServices(layout, plan, components);
        if (components.contains(StackPlan.KEYCLOAK)) {
            requireKeycloakDistribution(layout);
        }
        requireFreePorts(plan, components);
    }

    private static void requireBuiltServices(StateLayout layout, StackPlan plan, Collection<String> components) {
        List<String> missing = plan.services().stream()
                .filter(service -> components.contains(service.module()))
                .filter(service -> !Files.isRegularFile(service.jar(layout.root())))
                .map(Service::module)
                .toList();
        if (!missing.isEmpty()) {
            throw new TandemException("Not built yet: " + String.join(", ", missing) + ".\n"
                    + "Run ./tandem --build up, or ./mvnw install -DskipTests.");
        }
    }

    private static void requireKeycloakDistribution(StateLayout layout) {
        if (!Files.isRegularFile(KeycloakDistribution.builtZip(layout.root()))) {
            throw new TandemException("Keycloak's distribution is missing: "
                    + KeycloakDistribution.builtZip(layout.root()) + ".\n"
                    + "Run ./tandem --build up, or ./mvnw -pl launcher -am install -DskipTests.");
        }
    }

    private static void requireFreePorts(StackPlan plan, Collection<String> components) {
        List<PortClaim> taken = new PortChecker().taken(plan.portClaims(components));
        if (!taken.isEmpty()) {
            Set<Integer> claimed =
                    plan.portClaims().stream().map(PortClaim::port).collect(Collectors.toSet());
            throw new TandemException(
                    taken.stream().map(claim -> claim.inUseMessage(claimed)).collect(Collectors.joining("\n\n")));
        }
    }
}
