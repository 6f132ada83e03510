package dev.tandem.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeycloakEndpointsTest {

    @Test
    void theTokenAndAdminEndpointsComeFromTheRealmUrl() {
        var endpoints = KeycloakPeopleSource.KeycloakEndpoints.of("http://127.0.0.1:18080/realms/tandem/");

        assertThat(endpoints.token()).hasToString("http://127.0.0.1:18080/realms/tandem/protocol/openid-connect/token");
        assertThat(endpoints.roleMembers("cs-admin", 100, 100))
                .hasToString("http://127.0.0.1:18080/admin/realms/tandem/roles/cs-admin/users"
                        + "?briefRepresentation=true&first=100&max=100");
    }

    @Test
    void aKeycloakBehindAPathKeepsIt() {
        var endpoints = KeycloakPeopleSource.KeycloakEndpoints.of("https://auth.example.com/auth/realms/tandem");

        assertThat(endpoints.roleMembers("csm", 0, 100).toString())
                .startsWith("https://auth.example.com/auth/admin/realms/tandem/roles/csm/users");
    }

    @Test
    void aUrlThatNamesNoRealmIsRefused() {
        assertThatThrownBy(() -> KeycloakPeopleSource.KeycloakEndpoints.of("https://auth.example.com/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
