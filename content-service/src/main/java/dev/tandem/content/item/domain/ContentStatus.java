package dev.tandem.content.item.domain;

/** Only published content is shown outside the CS admins who write it. */
public enum ContentStatus {
    DRAFT,
    PUBLISHED
}
