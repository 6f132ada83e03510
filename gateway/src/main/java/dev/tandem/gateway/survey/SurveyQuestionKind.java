package dev.tandem.gateway.survey;

import org.eclipse.microprofile.graphql.Description;

@Description("SCALE: a whole number from min to max; CHOICE: one of the choices; TEXT: free text.")
public enum SurveyQuestionKind {
    SCALE,
    CHOICE,
    TEXT
}
