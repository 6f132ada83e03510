package dev.tandem.cta;

import dev.tandem.testing.WithTandemInfrastructure;
import dev.tandem.testing.oidc.RoleMatrix;
import dev.tandem.testing.oidc.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** CTAs are for people: integrators read nothing of them. */
@QuarkusTest
@WithTandemInfrastructure(database = "cta")
class SecurityTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointAdmitsExactlyItsRoles() {
        return RoleMatrix.check(
                RoleMatrix.get("/api/v1/cta-types", TestTokens.CS_ADMIN, TestTokens.CSM, TestTokens.VIEWER));
    }
}
