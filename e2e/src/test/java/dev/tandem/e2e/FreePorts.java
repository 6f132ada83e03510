package dev.tandem.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for the stack's listeners, taken below the kernel's ephemeral range.
 *
 * <p>A port the kernel hands out for {@code bind(0)} comes from the same range as the local ports of outgoing
 * connections. Chosen there, a service's port can be taken by one of the many connections the components already
 * started open (to PostgreSQL, Kafka, Keycloak) before that service binds it, and {@code ./tandem up} fails. Below
 * the range no outgoing connection ever lands.
 */
final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    // Linux's default ephemeral range starts at 32768; other systems' start higher.
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    private static final int LOWEST = 10000;

    private final int lowest;
    private final int end;
    private final Set<Integer> handedOut = new HashSet<>();
    private int candidate;

    private FreePorts(int lowest, int end) {
        this.lowest = lowest;
        this.end = end;
        this.candidate = ThreadLocalRandom.current().nextInt(lowest, end);
    }

    static FreePorts belowEphemeralRange() {
        int ephemeralStart = ephemeralStart();
        if (ephemeralStart - LOWEST < 1000) {
            throw new IllegalStateException("The ephemeral port range starts at " + ephemeralStart
                    + ", which leaves too few ports below it for the stack");
        }
        return new FreePorts(LOWEST, ephemeralStart);
    }

    /** The next port nobody listens on, never one handed out before. */
    int next() {
        for (int tries = 0; tries < end - lowest; tries++) {
            int port = candidate;
            candidate = candidate + 1 < end ? candidate + 1 : lowest;
            if (!handedOut.contains(port) && bindable(port)) {
                handedOut.add(port);
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + lowest + " and " + end);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeralStart() {
        // Read as a stream: a procfs file may report its size as 0, and some kernels then serve a whole-file read
        // only its first byte.
        try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(reader.readLine().trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
