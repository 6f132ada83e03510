package dev.tandem.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.function.IntPredicate;

/** Finds the ports that something else already listens on, before anything is started. */
final class PortChecker {

    private final IntPredicate isFree;

    PortChecker() {
        this(PortChecker::canBind);
    }

    PortChecker(IntPredicate isFree) {
        this.isFree = isFree;
    }

    List<PortClaim> taken(List<PortClaim> claims) {
        return claims.stream().filter(claim -> !isFree.test(claim.port())).toList();
    }

    /**
     * Tells whether a server could listen on {@code port} both on the loopback address and on all addresses, since
     * either kind of listener already there makes the other fail to bind.
     */
    static boolean canBind(int port) {
        return canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                && canBind(new InetSocketAddress(port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
