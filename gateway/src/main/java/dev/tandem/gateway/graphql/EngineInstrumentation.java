package dev.tandem.gateway.graphql;

import dev.tandem.gateway.error.RequestErrorCodes;
import dev.tandem.gateway.fairness.Allowances;
import dev.tandem.gateway.fairness.FairUse;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Adds the gateway's own instrumentation to the GraphQL engine SmallRye builds, after SmallRye's (the depth and
 * complexity limits and the query cache): first {@link FairUse}, which holds each caller to a fair share, then
 * {@link RequestErrorCodes}, so that every refusal gets a code. SmallRye hands the builder over (through
 * {@link EngineBuildHook}) but offers no way to read what it set, so a throwaway build tells.
 */
// Looked up by EngineBuildHook rather than injected: kept although nothing injects it.
@Unremovable
@ApplicationScoped
public class EngineInstrumentation {

    private final Allowances allowances;
    private final SecurityIdentity identity;

    public EngineInstrumentation(Allowances allowances, SecurityIdentity identity) {
        this.allowances = allowances;
        this.identity = identity;
    }

    void install(GraphQL.Builder builder) {
        Instrumentation smallRyes = builder.build().getInstrumentation();
        FairUse fairUse = new FairUse(allowances, this::caller);
        builder.instrumentation(new ChainedInstrumentation(List.of(smallRyes, fairUse, new RequestErrorCodes())));
    }

    private String caller() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
