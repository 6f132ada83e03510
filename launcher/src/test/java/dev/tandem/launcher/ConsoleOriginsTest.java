package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleOriginsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theConsoleOpensFromTheGatewaysPortByEitherLocalName() {
        assertThat(ConsoleOrigins.of(StackPlan.from(Map.of("TANDEM_GATEWAY_PORT", "28080"), false)))
                .containsExactly("http://localhost:28080", "http://127.0.0.1:28080");
        assertThat(ConsoleOrigins.of(StackPlan.from(Map.of(), true))).isEmpty();
    }

    @Test
    void addsOnlyTheMissingOriginsAndKeepsTheRestOfTheClient() throws Exception {
        ObjectNode client = (ObjectNode) MAPPER.readTree(
                "{\"id\":\"c1\",\"clientId\":\"tandem-console\",\"webOrigins\":[\"+\",\"http://localhost:8080\"]}");

        ObjectNode changed = ConsoleOrigins.withOrigins(
                        client, List.of("http://localhost:8080", "http://127.0.0.1:8080"))
                .orElseThrow();

        assertThat(changed.path("id").asText()).isEqualTo("c1");
        assertThat(MAPPER.convertValue(changed.path("webOrigins"), List.class))
                .containsExactly("+", "http://localhost:8080", "http://127.0.0.1:8080");
        assertThat(MAPPER.convertValue(client.path("webOrigins"), List.class)).hasSize(2);
    }

    @Test
    void leavesAClientThatListsThemAlone() throws Exception {
        ObjectNode client = (ObjectNode) MAPPER.readTree("{\"webOrigins\":[\"+\",\"http://127.0.0.1:8080\"]}");

        assertThat(ConsoleOrigins.withOrigins(client, List.of("http://127.0.0.1:8080")))
                .isEmpty();
    }
}
