package dev.tandem.gateway;

import dev.tandem.testing.OperationalEndpointsContract;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;

/** The gateway keeps no state of its own, so it is ready without checks: a service being down is not its fault. */
@QuarkusTest
@TestProfile(SelfAsDownstreamProfile.class)
@WithTandemInfrastructure
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected List<String> expectedReadinessChecks() {
        return List.of();
    }
}
