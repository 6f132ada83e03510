package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * In production the schema is not for browsing: no introspection, no schema endpoint, no GraphQL UI
 * (built in, but not served: {@code ProductionExplorerTest} shows both refused). Tests run in the
 * test profile, so this reads the production settings themselves.
 */
class ProductionSettingsTest {

    @Test
    void productionHidesTheSchemaAndTheExplorer() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(in);
        }

        assertThat(settings.getProperty("%prod.quarkus.smallrye-graphql.field-visibility"))
                .isEqualTo("no-introspection");
        assertThat(settings.getProperty("%prod.quarkus.smallrye-graphql.schema-available"))
                .isEqualTo("false");
        assertThat(settings.getProperty("tandem.explorer.enabled")).isEqualTo("false");
        assertThat(settings.getProperty("%prod.tandem.explorer.enabled")).isNull();
        assertThat(settings.getProperty("quarkus.http.auth.permission.graphql-ui.policy"))
                .isEqualTo("authenticated");
    }
}
