package dev.tandem.gateway.fairness;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;

/**
 * How many rows a query asks for at most, before it runs: every paged field ({@code first}) asks for its page size
 * times the pages of every paged field it sits in. Aliases count each time they are written.
 */
final class RowCount {

    private static final String PAGE_SIZE = "first";

    private RowCount() {}

    static long of(ExecutionContext execution) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build();
        return traverser.reducePreOrder((field, rows) -> saturatedSum(rows, rowsAskedBy(field)), 0L);
    }

    private static long rowsAskedBy(QueryVisitorFieldEnvironment field) {
        return isPaged(field) ? pagesAround(field) : 0;
    }

    /** The rows this field's pages hold, taken over every page of the paged fields around it. */
    private static long pagesAround(QueryVisitorFieldEnvironment field) {
        long rows = 1;
        for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
            if (isPaged(at)) {
                rows = saturatedProduct(rows, Math.max(1, pageSize(at)));
            }
        }
        return rows;
    }

    // A hostile query may ask for more rows than a long holds; it is refused all the same.
    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedProduct(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    private static boolean isPaged(QueryVisitorFieldEnvironment field) {
        return field.getFieldDefinition().getArgument(PAGE_SIZE) != null;
    }

    private static long pageSize(QueryVisitorFieldEnvironment field) {
        Object first = field.getArguments().get(PAGE_SIZE);
        return first instanceof Number number ? number.longValue() : 1;
    }
}
