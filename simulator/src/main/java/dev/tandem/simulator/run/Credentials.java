package dev.tandem.simulator.run;

import dev.tandem.simulator.platform.Endpoints;
import dev.tandem.simulator.platform.TokenSource;
import java.net.http.HttpClient;

/**
 * Who the simulator acts as: an integrator client for what customers do, a cs-admin for configuration and reading,
 * and CSMs to assign accounts to.
 */
public record Credentials(
        String integratorClient,
        String integratorSecret,
        String userClient,
        String adminUser,
        String adminPassword,
        String firstCsm,
        String firstCsmPassword,
        String secondCsm,
        String secondCsmPassword) {

    /**
     * The local stack's dev-only demo clients and users ({@code k8s/keycloak/dev/}): public passwords that exist only
     * on a developer's machine.
     */
    public static Credentials localStack() {
        return new Credentials(
                "tandem-demo-integrator",
                "dev-only-integrator-secret",
                "tandem-dev-cli",
                "ada",
                "dev-only-ada",
                "carl",
                "dev-only-carl",
                "cleo",
                "dev-only-cleo");
    }

    TokenSource integrator(HttpClient http, Endpoints endpoints) {
        return TokenSource.clientCredentials(http, endpoints.tokenEndpoint(), integratorClient, integratorSecret);
    }

    TokenSource admin(HttpClient http, Endpoints endpoints) {
        return TokenSource.password(http, endpoints.tokenEndpoint(), userClient, adminUser, adminPassword);
    }

    TokenSource firstCsm(HttpClient http, Endpoints endpoints) {
        return TokenSource.password(http, endpoints.tokenEndpoint(), userClient, firstCsm, firstCsmPassword);
    }

    TokenSource secondCsm(HttpClient http, Endpoints endpoints) {
        return TokenSource.password(http, endpoints.tokenEndpoint(), userClient, secondCsm, secondCsmPassword);
    }
}
