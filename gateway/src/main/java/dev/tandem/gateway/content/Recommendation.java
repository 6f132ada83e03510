package dev.tandem.gateway.content;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

@Description("A content item an account should read next, and why.")
public record Recommendation(
        UUID contentId,
        String title,

        @Description("The unmet milestone it helps reach; null when it serves a use case alone")
        UUID milestoneId,

        String reason,
        @Description("Whether it names the reader's role") boolean forRole,

        @Description("Whether someone at the account viewed it already")
        boolean seenAtAccount) {}
