package dev.tandem.gateway.survey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The headline figure of a set of answers; null figures where nobody answered (no answers is not zero).")
public record SurveyScore(
        @NonNull @Description("Answers with a score") int answers,

        @NonNull @Description("NPS promoters (9-10), or CSAT's satisfied answers (4-5)")
        int promoters,

        @NonNull int passives,

        @NonNull @Description("NPS detractors (0-6), or CSAT's unhappy answers (1-2)")
        int detractors,

        @Description("NPS: % promoters less % detractors, -100 to 100")
        Integer nps,

        @Description("The mean score") Double mean,
        @Description("CSAT: the % of satisfied answers") Integer csatPercent) {}
