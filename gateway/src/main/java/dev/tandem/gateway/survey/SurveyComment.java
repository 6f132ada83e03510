package dev.tandem.gateway.survey;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A verbatim comment of an answer.")
public record SurveyComment(
        @NonNull UUID accountId,
        String accountName,
        Integer score,
        @NonNull String comment,
        @NonNull Instant answeredAt) {}
