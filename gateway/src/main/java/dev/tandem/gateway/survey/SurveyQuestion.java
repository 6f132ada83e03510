package dev.tandem.gateway.survey;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A question of a survey: NPS and CSAT ask the standard score and comment.")
public record SurveyQuestion(
        @NonNull @Description("How the answer names it: score and comment on NPS and CSAT")
        String key,

        @NonNull SurveyQuestionKind kind,
        @NonNull String text,
        @Description("SCALE: the lowest value") Integer min,
        @Description("SCALE: the highest value") Integer max,

        @NonNull @Description("CHOICE: the options; empty otherwise")
        List<@NonNull String> choices,

        @NonNull boolean required) {}
