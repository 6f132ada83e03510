package dev.tandem.cta.survey.domain;

/** How a campaign's invitations reach people. */
public enum SurveyChannel {
    /** A personal e-mail through SMTP. */
    EMAIL,
    /**
     * A signed POST per invitation to the vendor's product, which shows the survey in-app: the person, the account,
     * the survey, the personal response link and its expiry.
     */
    WEBHOOK
}
