package dev.tandem.gateway.survey;

import org.eclipse.microprofile.graphql.Description;

@Description("How a campaign's invitations reach people: a personal e-mail, or a signed POST per invitation to the"
        + " vendor's product, which shows the survey in-app.")
public enum SurveyChannel {
    EMAIL,
    WEBHOOK
}
