package dev.tandem.platform.readiness;

import dev.tandem.testing.DependencyOutageContract;
import dev.tandem.testing.WithTandemInfrastructure;
import io.quarkus.test.junit.QuarkusTest;

/** The platform's readiness checks, stopping the test JVM's real broker and database. */
@QuarkusTest
@WithTandemInfrastructure(database = "platform")
class ReadinessTest extends DependencyOutageContract {}
