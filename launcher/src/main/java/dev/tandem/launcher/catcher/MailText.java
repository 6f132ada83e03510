package dev.tandem.launcher.catcher;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Optional;

/** The subject and readable body of a MIME message: its text part, else its HTML part, as a person would read it. */
final class MailText {

    private MailText() {}

    static String subject(Part message) throws MessagingException {
        String subject = message instanceof jakarta.mail.Message mail ? mail.getSubject() : null;
        return subject == null ? "" : subject;
    }

    static String body(Part message) throws MessagingException {
        try {
            return part(message, "text/plain")
                    .or(() -> safely(message, "text/html"))
                    .orElse("");
        } catch (IOException e) {
            return "[unreadable body: " + e.getMessage() + "]";
        }
    }

    private static Optional<String> safely(Part part, String type) {
        try {
            return part(part, type);
        } catch (IOException | MessagingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> part(Part part, String type) throws IOException, MessagingException {
        if (part.isMimeType(type)) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = part(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
