package dev.tandem.content;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Admins configure content; CSMs and viewers read it. */
@QuarkusTest
@WithTandemInfrastructure(database = "content")
class SecurityTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
        return RoleMatrix.check(
                RoleMatrix.post(
                        "/api/v1/use-cases",
                        () -> "{\"name\": \"Matrix " + UUID.randomUUID()
                                + "\", \"questionsPerMonth\": 1, \"minutesPerCustomer\": 1}",
                        TestTokens.CS_ADMIN),
                RoleMatrix.get("/api/v1/use-cases", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER));
    }
}
