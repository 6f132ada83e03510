package dev.tandem.launcher;

import java.util.Set;

/**
 * A port a component will listen on, and the variable that moves it.
 *
 * @param owner the component that wants the port
 */
record PortClaim(int port, String owner, Setting setting) {

    /**
     * What to tell the user when something else already listens on the port.
     *
     * @param claimed every port the stack wants, for the suggested alternative to avoid (8080 + 10000 is Keycloak's)
     */
    String inUseMessage(Set<Integer> claimed) {
        return "Port " + port + " is already in use, and " + owner + " needs it.\n"
                + "  Stop whatever listens on it, or move " + owner + " to a free port, e.g.:\n"
                + "  " + setting.variable() + "=" + alternative(claimed) + " ./tandem up";
    }

    private int alternative(Set<Integer> claimed) {
        int candidate = port + 10000 <= 65535 ? port + 10000 : port - 1000;
        while (claimed.contains(candidate)) {
            candidate++;
        }
        return candidate;
    }
}
