package dev.tandem.gateway.survey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Survey figures of the accounts of one cohort: the month their customer life began.")
public record SurveyCohort(
        @NonNull @Description("The month as YYYY-MM, or UNKNOWN where an account's is not known")
        String cohort,

        @NonNull int sent,
        @NonNull int responses,

        @Description("Answers per invitation sent, 0 to 1; null before anything was sent")
        Double responseRate,

        @NonNull SurveyScore score) {}
