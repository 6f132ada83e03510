package dev.tandem.launcher;

/**
 * A port a component will listen on, and the variable that moves it.
 *
 * @param owner the component that wants the port
 */
record PortClaim(int port, String owner, Setting setting) {

    /** What to tell the user when something else already listens on the port. */
    String inUseMessage() {
        return "Port " + port + " is already in use, and " + owner + " needs it.\n"
                + "  Stop whatever listens on it, or move " + owner + " to a free port, e.g.:\n"
                + "  " + setting.variable() + "=" + alternative() + " ./tandem up";
    }

    private int alternative() {
        return port + 10000 <= 65535 ? port + 10000 : port - 1000;
    }
}
