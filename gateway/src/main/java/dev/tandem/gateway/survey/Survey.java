package dev.tandem.gateway.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A saved version of a survey, with the questions it asks.")
public record Survey(
        @NonNull @Description("This version's id: campaigns send one version")
        UUID id,

        @NonNull String name,

        @NonNull @Description("1 for a new name, one more for each save under that name")
        int version,

        @NonNull SurveyKind kind,

        @NonNull @Description("The invitation e-mail's subject")
        String subject,

        @NonNull @Description("The words above the questions")
        String intro,

        @NonNull List<@NonNull SurveyQuestion> questions,
        @NonNull String createdBy,
        @NonNull Instant createdAt) {}
