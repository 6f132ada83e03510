package dev.tandem.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a {@code @QuarkusTest} into the embedded infrastructure: a real PostgreSQL database, a real Kafka broker and
 * an OpenID Connect provider whose tokens {@link dev.tandem.testing.oidc.TestTokens} mints, all shared by every test
 * of the JVM. Give every test class of a module the same attributes so that Quarkus boots once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = TandemInfrastructureResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
public @interface WithTandemInfrastructure {

    /** The service's database, created on first use; empty for a service without one (the gateway). */
    String database() default "";

    /** Whether the service talks to Kafka. */
    boolean kafka() default true;
}
