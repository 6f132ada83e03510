package dev.tandem.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gateway as the local stack starts it (the launcher's settings): GraphiQL opens in a browser without a token,
 * runs under a policy that lets it load only its own files, and introspection answers.
 */
@QuarkusTest
@TestProfile(LocalExplorerTest.LocalStack.class)
@WithTandemInfrastructure
class LocalExplorerTest {

    /** What the launcher passes the gateway (launcher JavaCommands). */
    public static class LocalStack implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tandem.explorer.enabled", "true",
                    "quarkus.smallrye-graphql.field-visibility", "default",
                    "quarkus.http.auth.permission.graphql-ui.policy", "permit");
        }
    }

    private static final Pattern SOURCES = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void theExplorerOpensWithoutATokenUnderASelfOnlyPolicy() {
        Response page = given().redirects().follow(true).get("/q/graphql-ui/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy)
                .contains("default-src 'self'", "script-src 'self'", "font-src 'self' data:", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval", "*");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(withoutComments(page.asString()))
                .as("no inline script, which script-src 'self' would block")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void everyFileThePageLoadsComesFromTheGatewayItself() {
        String html = withoutComments(given().get("/q/graphql-ui/").asString());
        Matcher sources = SOURCES.matcher(html);
        List<String> files = sources.results().map(match -> match.group(1)).toList();

        assertThat(files).isNotEmpty().noneMatch(file -> file.contains("//"));
        for (String file : files) {
            given().get("/q/graphql-ui/" + file)
                    .then()
                    .statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"));
        }
        assertThat(given().get("/q/graphql-ui/render.js").asString())
                .as("the page's own script calls the gateway's endpoint")
                .contains("/graphql");
    }

    private static String withoutComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "");
    }

    @Test
    void introspectionAnswersACallerWithAToken() {
        GraphQL.as(TestTokens.VIEWER, "{ __schema { queryType { name } } }")
                .statusCode(200)
                .body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void theEndpointStillNeedsAToken() {
        given().contentType("application/json")
                .body("{\"query\": \"{ __schema { queryType { name } } }\"}")
                .post("/graphql")
                .then()
                .statusCode(401);
    }
}
