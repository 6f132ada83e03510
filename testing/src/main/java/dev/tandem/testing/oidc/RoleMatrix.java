package dev.tandem.testing.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Checks an endpoint against every kind of caller: no token, an expired token, a token for another service, a token
 * from another issuer (all 401), each role the endpoint does not allow (403) and each role it allows (2xx).
 */
public final class RoleMatrix {

    /**
     * One endpoint and the roles allowed on it.
     *
     * @param body a fresh body per request (so that creating twice does not conflict), or null
     * @param contentType the body's media type
     * @param admitted the status an allowed role gets, or 0 for any 2xx
     */
    public record Endpoint(
            String method, String path, Supplier<String> body, String contentType, Set<String> allowed, int admitted) {

        public Endpoint(String method, String path, Supplier<String> body, String contentType, Set<String> allowed) {
            this(method, path, body, contentType, allowed, 0);
        }

        /**
         * The same endpoint, its allowed roles answered {@code status}: for an endpoint whose upstream a module test
         * cannot reach (the team directory's Keycloak), where getting past security is all the matrix can show.
         */
        public Endpoint admittedWith(int status) {
            return new Endpoint(method, path, body, contentType, allowed, status);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String JSON = ContentType.JSON.toString();

    private RoleMatrix() {}

    public static Endpoint get(String path, String... allowed) {
        return new Endpoint("GET", path, null, null, Set.of(allowed));
    }

    public static Endpoint put(String path, Supplier<String> body, String... allowed) {
        return new Endpoint("PUT", path, body, JSON, Set.of(allowed));
    }

    public static Endpoint post(String path, Supplier<String> body, String... allowed) {
        return new Endpoint("POST", path, body, JSON, Set.of(allowed));
    }

    /** A POST of a body that is not JSON, such as a CSV upload. */
    public static Endpoint post(String path, String contentType, Supplier<String> body, String... allowed) {
        return new Endpoint("POST", path, body, contentType, Set.of(allowed));
    }

    /** One dynamic test per endpoint and kind of caller. */
    public static Stream<DynamicTest> check(Endpoint... endpoints) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String someAllowed = endpoint.allowed().iterator().next();
            tests.add(expect(endpoint, "no token", given(), 401));
            tests.add(expect(endpoint, "expired token", bearer(TestTokens.expired(someAllowed)), 401));
            tests.add(expect(
                    endpoint,
                    "token for another service",
                    bearer(TestTokens.forAudience("other-service", someAllowed)),
                    401));
            tests.add(expect(
                    endpoint, "token from another issuer", bearer(TestTokens.fromForeignIssuer(someAllowed)), 401));
            tests.add(expect(endpoint, "token without roles", bearer(TestTokens.forUser("nobody")), 403));
            for (String role : TestTokens.ROLES) {
                String token = TestTokens.INTEGRATOR.equals(role)
                        ? TestTokens.forClient("role-matrix-integrator", role)
                        : TestTokens.withRole(role);
                int admitted = endpoint.admitted() == 0 ? 200 : endpoint.admitted();
                tests.add(
                        endpoint.allowed().contains(role)
                                ? expect(endpoint, role, bearer(token), admitted)
                                : expect(endpoint, role, bearer(token), 403));
            }
        }
        return tests.stream();
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }

    /** Expects {@code status} exactly, or any 2xx when {@code status} is 200. */
    private static DynamicTest expect(Endpoint endpoint, String caller, RequestSpecification request, int status) {
        return DynamicTest.dynamicTest(endpoint + " as " + caller + " -> " + (status == 200 ? "2xx" : status), () -> {
            if (endpoint.body() != null) {
                request.contentType(endpoint.contentType()).body(endpoint.body().get());
            }
            int actual = request.request(endpoint.method(), endpoint.path()).statusCode();
            if (status == 200) {
                assertThat(actual).as("status of %s as %s", endpoint, caller).isBetween(200, 299);
            } else {
                assertThat(actual).as("status of %s as %s", endpoint, caller).isEqualTo(status);
            }
        });
    }
}
