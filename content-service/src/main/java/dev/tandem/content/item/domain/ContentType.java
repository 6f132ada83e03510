package dev.tandem.content.item.domain;

/** The kinds of self-serve content, from the first setup steps to the proof that it pays. */
public enum ContentType {
    /** A setup video, usually for one role (the admin who configures, the member who uses). */
    SETUP_VIDEO,
    /** A use-case article. */
    ARTICLE,
    /** A deck the customer's champion presents for their internal roll-out. */
    ROLLOUT_DECK,
    SUCCESS_STORY,
    FAQ
}
