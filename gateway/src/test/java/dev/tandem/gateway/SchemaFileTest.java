package dev.tandem.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code gateway/schema.graphql} is the schema the code builds, so that a schema change shows in review.
 * The build writes the schema it serves to {@code target/schema.graphql}; with {@code -DupdateSchema=true} it
 * also overwrites the committed file.
 */
@QuarkusTest
@TestProfile(SelfAsDownstreamProfile.class)
@WithTandemInfrastructure
class SchemaFileTest {

    private static final Path COMMITTED = Path.of("schema.graphql");
    private static final Path BUILT = Path.of("target", "schema.graphql");

    @Test
    void theCommittedSchemaIsTheOneTheCodeBuilds() throws IOException {
        String served = Api.as(TestTokens.VIEWER)
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.writeString(BUILT, served);
        if (Boolean.getBoolean("updateSchema")) {
            Files.writeString(COMMITTED, served);
        }

        assertThat(Files.exists(COMMITTED))
                .as("gateway/schema.graphql is missing; write it with: ./mvnw -o -f gateway/pom.xml test"
                        + " -Dtest=SchemaFileTest -DupdateSchema=true")
                .isTrue();
        assertThat(Files.readString(COMMITTED))
                .as("gateway/schema.graphql differs from the schema the code builds (target/schema.graphql); review the"
                        + " change and update the file with: ./mvnw -o -f gateway/pom.xml test -Dtest=SchemaFileTest"
                        + " -DupdateSchema=true")
                .isEqualTo(served);
    }
}
