package dev.tandem.cta.email.domain;

/**
 * One rendered message for one recipient.
 *
 * @param unsubscribeUrl sent as the List-Unsubscribe header too, so mail clients offer their own button
 */
public record OutgoingEmail(String to, String subject, String html, String text, String unsubscribeUrl) {}
