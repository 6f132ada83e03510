package dev.tandem.gateway.error;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorClassification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Gives a code to the errors graphql-java raises about the request itself, before any field is fetched: syntax,
 * validation against the schema, bad variables, and the depth and complexity limits. They all become
 * {@code VALIDATION}, the caller's mistake. Errors from fetching fields carry the code of the gateway's own failures
 * already.
 *
 * <p>SmallRye GraphQL writes extensions only for validation and fetching errors, so the others are turned into
 * validation errors carrying their original message.
 */
public class RequestErrorCodes extends SimplePerformantInstrumentation {

    static final String CODE = "code";
    public static final String VALIDATION = "VALIDATION";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().allMatch(RequestErrorCodes::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded =
                result.getErrors().stream().map(RequestErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(coded)));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        Map<String, Object> extensions =
                new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(CODE, VALIDATION);
        ValidationError.Builder coded = ValidationError.newValidationError()
                .sourceLocations(error.getLocations())
                .extensions(extensions);
        if (error instanceof ValidationError validation) {
            return coded.validationErrorType(validation.getValidationErrorType())
                    .description(validation.getDescription())
                    .queryPath(validation.getQueryPath())
                    .build();
        }
        String kind =
                error.getErrorType() == null ? "Request" : error.getErrorType().toString();
        return coded.validationErrorType(new RequestProblem(kind))
                .description(error.getMessage())
                .build();
    }

    /**
     * An error about the request with its own code and extensions, shaped as a validation error, the only kind besides
     * fetching errors whose extensions SmallRye writes.
     */
    public static GraphQLError coded(String code, String message, Map<String, Object> extensions) {
        Map<String, Object> all = new HashMap<>(extensions);
        all.put(CODE, code);
        return ValidationError.newValidationError()
                .validationErrorType(new RequestProblem(code))
                .description(message)
                .extensions(all)
                .build();
    }

    /** A fetching error gets its code from the exception; anything else needs one in its extensions. */
    private static boolean hasCode(GraphQLError error) {
        return error instanceof ExceptionWhileDataFetching
                || (error.getExtensions() != null && error.getExtensions().containsKey(CODE));
    }

    /** What kind of request problem it was, for the message: InvalidSyntax, ExecutionAborted and the like. */
    private record RequestProblem(String name) implements ValidationErrorClassification {

        @Override
        public String toString() {
            return name;
        }
    }
}
