package dev.tandem.cta.survey.domain;

/** A whole number within a range, one of a list of choices, or free text. */
public enum QuestionKind {
    SCALE,
    CHOICE,
    TEXT
}
