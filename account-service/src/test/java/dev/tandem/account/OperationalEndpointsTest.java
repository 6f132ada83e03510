package dev.tandem.account;

import dev.tandem.testing.OperationalEndpointsContract;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@WithTandemInfrastructure(database = "account")
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected List<String> expectedReadinessChecks() {
        return List.of("PostgreSQL", "Kafka broker");
    }
}
