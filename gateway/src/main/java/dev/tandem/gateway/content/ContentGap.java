package dev.tandem.gateway.content;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Description("A use case by priority (questions per month x minutes explaining it) with the content covering it.")
public record ContentGap(
        UUID useCaseId,
        String name,
        long priority,

        @Description("True when no published item covers it yet")
        boolean gap,

        int publishedItems,
        List<Coverage> coveredBy) {

    @Name("ContentCoverage")
    public record Coverage(UUID id, String title, String type, String status) {}
}
