package dev.tandem.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The gateway's GraphQL explorer and introspection are for the local stack only: no overlay turns either on, by
 * variable, ConfigMap entry or JVM option, nor opens the explorer's path without a token.
 */
class GraphQLExplorerPostureTest {

    private static final List<String> EXPLORER_SWITCHES = List.of(
            "tandem.explorer",
            "tandem_explorer",
            "field-visibility",
            "field_visibility",
            "permission.graphql-ui",
            "permission_graphql_ui");

    @Test
    void noOverlayTurnsOnTheExplorerOrIntrospection() {
        for (List<ObjectNode> overlay : List.of(Overlays.dev(), Overlays.prod())) {
            for (ObjectNode manifest : overlay) {
                String text = manifest.toString().toLowerCase(Locale.ROOT);
                assertThat(EXPLORER_SWITCHES)
                        .as("%s %s", manifest.path("kind").asText(), Manifests.name(manifest))
                        .noneMatch(text::contains);
            }
        }
    }
}
