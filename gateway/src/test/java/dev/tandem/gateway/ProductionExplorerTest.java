package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The gateway with its production settings for the explorer (read from application.properties' %prod lines, since
 * tests run in the test profile): no GraphiQL, not even for a caller with a token, and no introspection.
 */
@QuarkusTest
@TestProfile(ProductionExplorerTest.Production.class)
@WithTandemInfrastructure
class ProductionExplorerTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String visibility = productionSetting("quarkus.smallrye-graphql.field-visibility");
            assertThat(visibility).isNotNull();
            return Map.of("quarkus.smallrye-graphql.field-visibility", visibility);
        }
    }

    @Test
    void theExplorerIsNotServed() {
        for (String path : new String[] {"/q/graphql-ui", "/q/graphql-ui/", "/q/graphql-ui/render.js"}) {
            given().auth()
                    .oauth2(TestTokens.withRole(TestTokens.CS_ADMIN))
                    .redirects()
                    .follow(false)
                    .get(path)
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void introspectionIsRefused() {
        GraphQL.as(TestTokens.CS_ADMIN, "{ __schema { queryType { name } } }")
                .body("data.__schema", nullValue())
                .body("errors", org.hamcrest.Matchers.not(nullValue()));
    }

    /** The value of {@code %prod.<key>}, or of {@code <key>} when production does not set its own. */
    static String productionSetting(String key) {
        Properties settings = new Properties();
        try (InputStream in = ProductionExplorerTest.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings.getProperty("%prod." + key, settings.getProperty(key));
    }
}
