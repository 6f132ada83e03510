package dev.tandem.gateway.error;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Adds {@link RequestErrorCodes} to the GraphQL engine SmallRye builds, after its own instrumentation (the depth and
 * complexity limits and the query cache), so that the limits' errors get a code too. SmallRye offers the builder as an
 * event but no way to read what it set, so a throwaway build tells.
 */
@ApplicationScoped
public class RequestErrorCodesInstaller {

    void install(@Observes GraphQL.Builder builder) {
        Instrumentation smallRyes = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(List.of(smallRyes, new RequestErrorCodes())));
    }
}
