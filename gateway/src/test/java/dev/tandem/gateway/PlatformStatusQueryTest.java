package dev.tandem.gateway;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.Api;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SelfAsDownstreamProfile.class)
@WithTandemInfrastructure
class PlatformStatusQueryTest {

    private static final String QUERY = """
            query {
              platformStatus { name ready problem }
            }
            """;

    @Test
    void reportsEachServiceAndAnswersEvenWhenSomeAreDown() {
        Api.as(TestTokens.VIEWER)
                .contentType(ContentType.JSON)
                .body(Map.of("query", QUERY))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.platformStatus.name", contains("account", "content", "cta", "health"))
                .body("data.platformStatus.find { it.name == 'account' }.ready", equalTo(true))
                .body("data.platformStatus.find { it.name == 'account' }.problem", nullValue())
                .body("data.platformStatus.find { it.name == 'health' }.ready", equalTo(false))
                .body("data.platformStatus.find { it.name == 'health' }.problem", equalTo("unreachable"));
    }
}
