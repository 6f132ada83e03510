package dev.tandem.gateway.survey;

import org.eclipse.microprofile.graphql.Description;

@Description("NPS (0-10 how likely to recommend), CSAT (1-5 how satisfied) or a custom form.")
public enum SurveyKind {
    NPS,
    CSAT,
    CUSTOM
}
