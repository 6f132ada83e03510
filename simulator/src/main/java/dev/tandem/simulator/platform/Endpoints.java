package dev.tandem.simulator.platform;

import java.net.URI;

/** Where the platform's public APIs and its identity provider answer. */
public record Endpoints(URI account, URI health, URI cta, URI content, URI keycloak) {

    public static Endpoints ofPorts(int account, int health, int cta, int content, int keycloak) {
        return new Endpoints(local(account), local(health), local(cta), local(content), local(keycloak));
    }

    /** The realm's token endpoint. */
    public URI tokenEndpoint() {
        return keycloak.resolve("/realms/tandem/protocol/openid-connect/token");
    }

    private static URI local(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }
}
