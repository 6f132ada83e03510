package dev.tandem.launcher.catcher;

import java.time.Instant;
import java.util.List;

/**
 * One message the catcher received, as the page shows it.
 *
 * @param to the envelope recipients (Bcc included), which is who the message was really sent to
 * @param body the text part (or the HTML one when there is no text part), cut at {@link #MAX_BODY_CHARS}
 */
public record CaughtMail(long id, Instant receivedAt, String from, List<String> to, String subject, String body) {

    /** A local page, not an archive: a runaway sender cannot fill the catcher's heap with one message. */
    static final int MAX_BODY_CHARS = 100_000;

    public CaughtMail {
        to = List.copyOf(to);
        if (body.length() > MAX_BODY_CHARS) {
            body = body.substring(0, MAX_BODY_CHARS) + "\n[cut at " + MAX_BODY_CHARS + " characters]";
        }
    }
}
