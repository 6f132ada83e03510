package dev.tandem.gateway.graphql;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands the GraphQL engine's builder to {@link EngineInstrumentation} when SmallRye builds the engine, without SmallRye's
 * CDI events: with {@code quarkus.smallrye-graphql.events.enabled} SmallRye also fires CDI events before and after
 * every field it fetches, each resolving its observers anew, which took about a tenth of the gateway's CPU on a page of
 * accounts (docs/performance.md). SmallRye finds this hook through {@code META-INF/services}; with no config key it is
 * always on.
 */
public class EngineBuildHook implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Arc.container().instance(EngineInstrumentation.class).get().install(builder);
        return builder;
    }
}
