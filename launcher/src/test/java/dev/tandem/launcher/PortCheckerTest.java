package dev.tandem.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortCheckerTest {

    @Test
    void reportsOnlyTheClaimsWhosePortIsTaken() {
        Set<Integer> busy = Set.of(8081, 19092);
        PortChecker checker = new PortChecker(port -> !busy.contains(port));

        List<PortClaim> taken = checker.taken(StackPlan.from(Map.of(), false).portClaims());

        assertThat(taken).extracting(PortClaim::owner).containsExactly("kafka", "account-service");
    }

    @Test
    void seesAListenerOnTheLoopbackAddress() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PortChecker.canBind(listener.getLocalPort())).isFalse();
        }
    }

    @Test
    void seesAListenerOnAllAddresses() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            assertThat(PortChecker.canBind(listener.getLocalPort())).isFalse();
        }
    }

    @Test
    void findsAPortFreeOnceItsListenerIsGone() throws Exception {
        int port;
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = listener.getLocalPort();
        }
        assertThat(PortChecker.canBind(port)).isTrue();
    }

    @Test
    void messageNamesThePortTheComponentAndTheVariable() {
        String message = new PortClaim(8080, "gateway", Setting.GATEWAY_PORT).inUseMessage(Set.of(8080));

        assertThat(message)
                .startsWith("Port 8080 is already in use, and gateway needs it.")
                .contains("TANDEM_GATEWAY_PORT=18080 ./tandem up");
    }

    @Test
    void suggestsNoPortAnotherComponentWants() {
        assertThat(new PortClaim(8080, "gateway", Setting.GATEWAY_PORT).inUseMessage(Set.of(8080, 18080, 18081)))
                .contains("TANDEM_GATEWAY_PORT=18082 ./tandem up");
    }

    @Test
    void suggestsALowerPortWhenAHigherOneDoesNotExist() {
        assertThat(new PortClaim(60000, "kafka", Setting.KAFKA_PORT).inUseMessage(Set.of()))
                .contains("TANDEM_KAFKA_PORT=59000");
    }
}
