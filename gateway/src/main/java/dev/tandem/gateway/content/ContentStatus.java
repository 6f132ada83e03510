package dev.tandem.gateway.content;

/** Only published content is shown outside the CS admins who write it. */
public enum ContentStatus {
    DRAFT,
    PUBLISHED
}
