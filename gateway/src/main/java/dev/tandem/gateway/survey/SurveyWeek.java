package dev.tandem.gateway.survey;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The answers of one week.")
public record SurveyWeek(
        @NonNull @Description("The week's Monday (UTC)") LocalDate weekStart,
        @NonNull SurveyScore score) {}
