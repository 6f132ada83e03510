package dev.tandem.gateway.cta;

/** What a rule does when it fires. */
public enum ActionKind {
    CREATE_CTA,
    SEND_MESSAGE,
    CALL_WEBHOOK,
    SEND_SURVEY
}
