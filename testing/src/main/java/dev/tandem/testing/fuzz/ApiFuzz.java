package dev.tandem.testing.fuzz;

import static io.restassured.RestAssured.given;

import dev.tandem.testing.oidc.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Sends every REST operation of the service under test hostile input, read from its own OpenAPI document: hostile
 * path and query values one parameter at a time, bodies with one hostile field at a time, and bodies that are no JSON
 * at all. A service passes when no request is answered with a 5xx, every 4xx is problem+json, and no refused write
 * changed what the service stores.
 */
public final class ApiFuzz {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final String[] roles;
    private final Set<String> unreachableUpstream;
    private int clients;
    private final List<String> findings = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;

    private ApiFuzz(Set<String> unreachableUpstream, String... roles) {
        this.unreachableUpstream = Set.copyOf(unreachableUpstream);
        this.roles = roles;
    }

    /** What a run tried and what it found, one line per finding. */
    public record Report(int requests, int operations, Map<Integer, Integer> statuses, List<String> findings) {

        public String summary() {
            return "ApiFuzz: " + requests + " requests over " + operations + " operations, answered " + statuses
                    + ", " + findings.size() + " findings"
                    + (findings.isEmpty() ? "" : ":\n  " + String.join("\n  ", findings));
        }
    }

    /** Fuzzes every operation of the running service as a caller holding {@code roles}. */
    public static Report run(String... roles) throws Exception {
        return run(Set.of(), roles);
    }

    /**
     * Like {@link #run(String...)}, where the operations on {@code unreachableUpstream} paths (as the OpenAPI document
     * names them) depend on a system no module test can reach, such as the team directory's Keycloak: there a 503
     * problem+json with a Retry-After is the answer the service owes, so it is no finding; any other 5xx still is.
     */
    public static Report run(Set<String> unreachableUpstream, String... roles) throws Exception {
        ApiFuzz fuzz = new ApiFuzz(unreachableUpstream, roles);
        String spec = fuzz.request()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        OpenApiDocument document = new OpenApiDocument(spec);
        SampleBody bodies = new SampleBody(document);
        try (DatabaseFingerprint database = new DatabaseFingerprint()) {
            for (Operation operation : document.operations()) {
                fuzz.operation(operation, bodies, database);
            }
        }
        return new Report(
                fuzz.requests, document.operations().size(), new TreeMap<>(fuzz.statuses), List.copyOf(fuzz.findings));
    }

    private void operation(Operation operation, SampleBody bodies, DatabaseFingerprint database) throws Exception {
        String plausiblePath = path(operation, null, null);
        String plausibleBody = operation.bodyMediaType() == null ? null : plausibleBody(operation, bodies);
        for (String parameter : operation.pathParameters().keySet()) {
            for (String hostile : Hostile.PARAMETERS) {
                if (!hostile.isEmpty()) {
                    send(operation, path(operation, parameter, hostile), plausibleBody, database);
                }
            }
        }
        for (String parameter : operation.queryParameters().keySet()) {
            for (String hostile : Hostile.PARAMETERS) {
                send(operation, plausiblePath + "?" + parameter + "=" + hostile, plausibleBody, database);
            }
        }
        if (operation.bodyMediaType() == null) {
            if (operation.pathParameters().isEmpty()
                    && operation.queryParameters().isEmpty()) {
                send(operation, plausiblePath, null, database);
            }
            return;
        }
        if (operation.bodyMediaType().contains("json")) {
            for (String body : bodies.withOneHostileField(operation.bodySchema())) {
                send(operation, plausiblePath, body, database);
            }
            for (String body : Hostile.BODIES) {
                send(operation, plausiblePath, body, database);
            }
        } else {
            for (String body : List.of("a,b\n\u0000,1e400\n", "\u0007\n", "x".repeat(10_000), "")) {
                send(operation, plausiblePath, body, database);
            }
        }
    }

    private static String plausibleBody(Operation operation, SampleBody bodies) {
        return operation.bodyMediaType().contains("json")
                ? bodies.plausible(operation.bodySchema())
                : "externalId,name\nfuzz-" + UUID.randomUUID() + ",Fuzz\n";
    }

    private static String path(Operation operation, String hostileParameter, String hostile) {
        String path = operation.path();
        for (Map.Entry<String, Map<String, Object>> parameter :
                operation.pathParameters().entrySet()) {
            String value = parameter.getKey().equals(hostileParameter)
                    ? hostile
                    : "uuid".equals(parameter.getValue().get("format"))
                            ? UUID.randomUUID().toString()
                            : "fuzz-1";
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        return path;
    }

    private void send(Operation operation, String path, String body, DatabaseFingerprint database) throws Exception {
        boolean write = WRITES.contains(operation.method());
        String before = write ? database.read() : null;
        Response response = attempt(operation, path, body);
        // Rate limits are a check of their own: a 429 waits its Retry-After, so every request reaches the checks it is
        // meant for.
        for (int waited = 0; response.statusCode() == 429 && waited < 20; waited++) {
            Thread.sleep(1_000L * retryAfterSeconds(response));
            response = attempt(operation, path, body);
        }
        requests++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String what = operation + " as " + abbreviated(path) + (body == null ? "" : " with " + abbreviated(body));
        if (status == 503 && unavailableAsOwed(operation, response)) {
            return;
        }
        if (status >= 500) {
            findings.add(what + ": answered " + status);
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            findings.add(what + ": answered " + status + " without problem+json (" + response.contentType() + ")");
        } else if (status >= 400 && write && !before.equals(database.read())) {
            findings.add(what + ": refused with " + status + " but changed what the service stores");
        }
    }

    private boolean unavailableAsOwed(Operation operation, Response response) {
        return unreachableUpstream.contains(operation.path())
                && String.valueOf(response.contentType()).startsWith("application/problem+json")
                && response.header("Retry-After") != null;
    }

    /** A fresh request each time: a specification sent twice would send its query twice. */
    private Response attempt(Operation operation, String path, String body) {
        RequestSpecification request = request();
        if (body != null) {
            request = request.contentType(operation.bodyMediaType()).body(body);
        }
        return request.request(operation.method(), path);
    }

    private static long retryAfterSeconds(Response response) {
        try {
            return Math.max(
                    1,
                    Long.parseLong(
                            String.valueOf(response.header("Retry-After")).trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Each request as a client of its own: the fuzz holds the integrator role, and integrators are held to a rate per
     * client, which the fuzz is not here to measure.
     */
    private RequestSpecification request() {
        String token = TestTokens.forClient("fuzz-" + (++clients), roles);
        return given().auth().oauth2(token).urlEncodingEnabled(false);
    }

    private static String abbreviated(String text) {
        String oneLine = text.replace("\n", "\\n");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…(" + oneLine.length() + " chars)";
    }
}
