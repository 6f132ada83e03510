package dev.tandem.health;

import dev.tandem.testing.DependencyOutageContract;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;

/** health-service's readiness while the test JVM's real broker, then its database, is stopped and started again. */
@QuarkusTest
@WithTandemInfrastructure(database = "health")
class ReadinessTest extends DependencyOutageContract {}
