package dev.tandem.gateway.fairness;

import dev.tandem.gateway.error.RequestErrorCodes;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Holds each caller to a fair share before a query runs: a query asking for more rows than one request may is refused
 * ({@code VALIDATION}); a caller over its row allowance, or already running its most queries at once, is refused
 * with {@code RATE_LIMITED} and a {@code retryAfter} in seconds, in the error's extensions as GraphQL answers carry
 * everything in the body (the answer is a 200, so an HTTP {@code Retry-After} would mean nothing to clients). So one
 * viewer's heavy dashboards slow down that viewer, not every user behind the same services and circuit breakers.
 */
public class FairUse extends SimplePerformantInstrumentation {

    static final String RATE_LIMITED = "RATE_LIMITED";

    private final Allowances allowances;
    private final Supplier<String> caller;

    public FairUse(Allowances allowances, Supplier<String> caller) {
        this.allowances = allowances;
        this.caller = caller;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return SimpleInstrumentationContext.noOp();
        }
        long rows = RowCount.of(execution);
        if (rows > allowances.maxRowsPerRequest()) {
            throw refused(
                    RequestErrorCodes.VALIDATION,
                    "This query asks for up to " + rows + " rows; at most " + allowances.maxRowsPerRequest()
                            + " may be asked for in one request (page sizes multiply).",
                    Map.of());
        }
        String who = caller.get();
        Optional<Allowance.Refusal> refusal = allowances.admit(who, rows);
        if (refusal.isPresent()) {
            long retryAfter = refusal.get().retryAfterSeconds();
            throw refused(RATE_LIMITED, refusal.get().message(), Map.of("retryAfter", retryAfter));
        }
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> allowances.finished(who));
    }

    private static AbortExecutionException refused(String code, String message, Map<String, Object> extensions) {
        return new AbortExecutionException(List.of(RequestErrorCodes.coded(code, message, extensions)));
    }
}
