package dev.tandem.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a careless client can send reaches no resource unless it can be stored and read back, and every
 * refusal is a problem detail naming the field: the platform's checks, on a probe endpoint of each shape.
 */
@QuarkusTest
@WithTandemInfrastructure(database = "platform")
class InputHygieneTest {

    @TestHTTPResource("/")
    URL base;

    private static RequestSpecification asCsm() {
        return given().auth().oauth2(TestTokens.withRole(TestTokens.CSM)).urlEncodingEnabled(false);
    }

    private static ValidatableResponse post(String json) {
        return asCsm().contentType("application/json")
                .body(json)
                .post("/probe/notes")
                .then();
    }

    private static void refused(ValidatableResponse response, String field, String reason) {
        response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].reason", containsString(reason));
    }

    @Test
    void aWellFormedNoteIsTakenWithItsLineBreaksAndTabs() {
        post("{\"text\":\"line one\\n\\tline two\",\"due\":\"2027-03-31\",\"count\":3,\"tags\":{\"k\":\"v\"}}")
                .statusCode(200)
                .body("text", equalTo("line one\n\tline two"))
                .body("due", equalTo("2027-03-31"));
    }

    @Test
    void controlCharactersInTextOrKeysAreRefusedNamingTheField() {
        refused(post("{\"text\":\"a\\u0000b\"}"), "text", "control characters");
        refused(post("{\"text\":\"bell \\u0007\"}"), "text", "control characters");
        refused(post("{\"text\":\"ok\",\"tags\":{\"a\\u0000\":\"v\"}}"), "tags", "control characters");
        refused(post("{\"text\":\"ok\",\"tags\":{\"k\":\"v\\u0000\"}}"), "tags.k", "control characters");
        refused(post("{\"text\":\"half a pair \\ud800\"}"), "text", "unpaired surrogate");
    }

    @Test
    void datesOutsideTheDocumentedYearsAreRefused() {
        refused(post("{\"text\":\"ok\",\"due\":\"+5874898-01-01\"}"), "due", "years 1900 to 9999");
        refused(post("{\"text\":\"ok\",\"due\":\"-5000-01-01\"}"), "due", "years 1900 to 9999");
        refused(post("{\"text\":\"ok\",\"at\":\"+100000-01-01T00:00:00Z\"}"), "at", "years 1900 to 9999");
        refused(post("{\"text\":\"ok\",\"at\":\"0000-01-01T00:00:00Z\"}"), "at", "years 1900 to 9999");
    }

    @Test
    void jsonIsReadAsWrittenWithoutCoercionDuplicatesOrTrailingText() {
        refused(post("{\"text\":12345}"), "text", "wrong type");
        refused(post("{\"text\":\"ok\",\"count\":\"12\"}"), "count", "wrong type");
        refused(post("{\"text\":\"a\",\"text\":\"b\"}"), "body", "duplicate key 'text'");
        refused(post("{\"text\":\"a\"} trailing"), "body", "not valid JSON");
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeItIsRead() {
        // 400 levels still fit the probe's 1 KB body limit, so it is the depth that is refused.
        String deep = "[".repeat(400) + "]".repeat(400);
        refused(post("{\"text\":\"ok\",\"extra\":" + deep + "}"), "body", "nested deeper than 64 levels");
    }

    @Test
    void pathsWithMatrixParametersOrControlCharactersAreRefused() {
        refused(asCsm().get("/probe/notes/a;evil=1").then(), "path", "matrix parameters");
        refused(asCsm().get("/probe/notes/a%00b").then(), "path", "control characters");
    }

    @Test
    void queryParametersAreCheckedNamingTheParameter() {
        refused(asCsm().get("/probe/notes/a?q=x%00y").then(), "q", "control characters");
        refused(asCsm().get("/probe/notes/a?status=BOGUS").then(), "status", "must be one of OPEN, CLOSED");
        refused(asCsm().get("/probe/notes/a?before=%2B5874898-01-01").then(), "before", "years 1900 to 9999");
        refused(asCsm().get("/probe/notes/a?before=yesterday").then(), "before", "a date such as");
        refused(asCsm().get("/probe/notes/a?owner=nobody").then(), "owner", "must be a UUID");
        asCsm().get("/probe/notes/a?status=OPEN&before=2027-01-01")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
    }

    @Test
    void oversizedBodiesAreRefusedWithAProblemBeforeTheyAreRead() {
        asCsm().contentType("application/json")
                .body("{\"text\":\"" + "x".repeat(2_000) + "\"}")
                .post("/probe/notes")
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].reason", equalTo("must be at most 1024 bytes"));
    }

    @Test
    void aStreamedBodyMustDeclareItsLengthExceptOnLargeBodyPaths() throws Exception {
        HttpResponse<String> json = streamed("probe/notes", "application/json", "{\"text\":\"ok\"}");
        assertThat(json.statusCode()).isEqualTo(411);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).contains("Content-Length");

        HttpResponse<String> csv = streamed("probe/imports", "text/plain", "a,b\n".repeat(4_000));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"bytes\":16000");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (ValidatableResponse response : new ValidatableResponse[] {
            post("{\"text\":\"ok\"}").statusCode(200),
            post("{\"text\":1}").statusCode(400),
            given().get("/probe/notes/a").then().statusCode(401),
            asCsm().get("/probe/nothing-here").then().statusCode(404)
        }) {
            response.header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", SecurityHeaders.API_POLICY)
                    .header("Cache-Control", "no-store");
        }
    }

    private HttpResponse<String> streamed(String path, String type, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + TestTokens.withRole(TestTokens.CSM))
                .header("Content-Type", type)
                // A publisher of unknown length: the client sends the body chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
