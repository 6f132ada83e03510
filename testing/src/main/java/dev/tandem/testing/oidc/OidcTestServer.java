package dev.tandem.testing.oidc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider for tests, inside the test JVM: it publishes a discovery document and its signing
 * key on a free port, shaped like a Keycloak realm, and signs RS256 access tokens. Services validate these tokens
 * exactly as they validate Keycloak's: discovery, signature, issuer, audience, expiry and realm roles.
 */
public final class OidcTestServer implements AutoCloseable {

    private static final String REALM_PATH = "/realms/tandem";
    private static final String KEY_ID = "tandem-test-key";

    private final HttpServer server;
    private final KeyPair keys;
    private final String issuer;

    private OidcTestServer(HttpServer server, KeyPair keys) {
        this.server = server;
        this.keys = keys;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    public static OidcTestServer start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OidcTestServer oidc = new OidcTestServer(server, generator.generateKeyPair());
            server.createContext(REALM_PATH + "/.well-known/openid-configuration", oidc::discovery);
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", oidc::keySet);
            server.start();
            return oidc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer, which is also the {@code quarkus.oidc.auth-server-url} of a service under test. */
    public String issuer() {
        return issuer;
    }

    /** Signs {@code claims} as an RS256 JWT with this provider's key. */
    public String sign(Map<String, Object> claims) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", KEY_ID);
        String signingInput = base64(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + base64(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/protocol/openid-connect/auth");
        document.put("token_endpoint", issuer + "/protocol/openid-connect/token");
        document.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        respond(exchange, Json.write(document));
    }

    private void keySet(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("kid", KEY_ID);
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("n", base64(unsigned(key.getModulus())));
        jwk.put("e", base64(unsigned(key.getPublicExponent())));
        respond(exchange, Json.write(Map.of("keys", List.of(jwk))));
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** JWK numbers are unsigned big-endian; BigInteger adds a sign byte when the top bit is set. */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
