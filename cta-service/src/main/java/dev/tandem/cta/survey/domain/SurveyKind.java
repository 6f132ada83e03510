package dev.tandem.cta.survey.domain;

/** NPS asks 0-10 how likely one is to recommend; CSAT asks 1-5 how satisfied; a custom form asks its own questions. */
public enum SurveyKind {
    NPS,
    CSAT,
    CUSTOM
}
