package dev.tandem.testing.oidc;

import dev.tandem.testing.EmbeddedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Access tokens for tests, signed by the JVM's {@link OidcTestServer} and shaped like Keycloak's: realm roles in
 * {@code realm_access.roles}, the service as audience. Besides valid tokens it mints the invalid kinds a service must
 * refuse: expired, for another audience, from another issuer.
 */
public final class TestTokens {

    public static final String CS_ADMIN = "cs-admin";
    public static final String CSM = "csm";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATOR = "integrator";
    public static final List<String> ROLES = List.of(CS_ADMIN, CSM, VIEWER, INTEGRATOR);

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private TestTokens() {}

    /** A valid token of a person with {@code roles}, for the service under test. */
    public static String forUser(String subject, String... roles) {
        return sign(claims(
                subject,
                "tandem-console",
                serviceAudience(),
                roles,
                Instant.now().plus(LIFETIME),
                null));
    }

    /** A valid token of a demo person holding just {@code role}. */
    public static String withRole(String role) {
        return forUser(role + "-user", role);
    }

    /** A valid client-credentials token of an integrator client. */
    public static String forClient(String clientId, String... roles) {
        return sign(claims(
                "service-account-" + clientId,
                clientId,
                serviceAudience(),
                roles,
                Instant.now().plus(LIFETIME),
                null));
    }

    public static String expired(String role) {
        return sign(claims(
                role + "-user",
                "tandem-console",
                serviceAudience(),
                new String[] {role},
                Instant.now().minusSeconds(600),
                null));
    }

    /** A valid token that expires {@code lifetime} from now: for what must happen when it runs out. */
    public static String expiringIn(Duration lifetime, String role) {
        return sign(claims(
                role + "-user",
                "tandem-console",
                serviceAudience(),
                new String[] {role},
                Instant.now().plus(lifetime),
                null));
    }

    public static String forAudience(String audience, String role) {
        return sign(claims(
                role + "-user",
                "tandem-console",
                audience,
                new String[] {role},
                Instant.now().plus(LIFETIME),
                null));
    }

    /** Signed with the right key, but naming an issuer the service does not trust. */
    public static String fromForeignIssuer(String role) {
        return sign(claims(
                role + "-user",
                "tandem-console",
                serviceAudience(),
                new String[] {role},
                Instant.now().plus(LIFETIME),
                "https://sso.example.org/realms/tandem"));
    }

    /** The audience the service under test requires, from its {@code quarkus.oidc.token.audience}. */
    public static String serviceAudience() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.token.audience", String.class)
                .orElse("tandem");
    }

    private static Map<String, Object> claims(
            String subject, String client, String audience, String[] roles, Instant expiry, String issuer) {
        Instant issuedAt = expiry.minus(LIFETIME);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer != null ? issuer : server().issuer());
        claims.put("sub", subject);
        claims.put("aud", audience);
        claims.put("azp", client);
        claims.put("typ", "Bearer");
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiry.getEpochSecond());
        claims.put("preferred_username", subject);
        claims.put("realm_access", Map.of("roles", List.of(roles)));
        return claims;
    }

    private static String sign(Map<String, Object> claims) {
        return server().sign(claims);
    }

    private static OidcTestServer server() {
        return EmbeddedInfrastructure.shared().oidc();
    }
}
