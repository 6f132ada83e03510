package dev.tandem.gateway.survey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Survey figures of the accounts of one touch model.")
public record SurveySegment(
        @NonNull @Description("HIGH, LOW, TECH, COMMUNITY, or UNKNOWN")
        String touchModel,

        @NonNull int sent,
        @NonNull int responses,

        @Description("Answers per e-mail sent, 0 to 1; null before anything was sent")
        Double responseRate,

        @NonNull SurveyScore score) {}
