package dev.tandem.gateway.content;

import org.eclipse.microprofile.graphql.Name;

/** The kinds of content item content-service keeps; ContentItem.type reads as one of these. */
@Name("ContentType")
public enum ContentKind {
    SETUP_VIDEO,
    ARTICLE,
    ROLLOUT_DECK,
    SUCCESS_STORY,
    FAQ
}
