package dev.tandem.testing.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port, shared by every test of the JVM like the rest of
 * the embedded infrastructure. It accepts mail for any address; tests read what arrived for theirs.
 */
public final class TestSmtp {

    private static GreenMail shared;

    private TestSmtp() {}

    public static synchronized GreenMail shared() {
        if (shared == null) {
            shared = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "tandem-test-smtp-stop"));
        }
        return shared;
    }

    public static int port() {
        return shared().getSmtp().getPort();
    }

    /** The messages received so far for {@code address}, in arrival order. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(shared().getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .toList();
    }

    /** Every text part of {@code message} (plain and HTML), decoded, one after the other. */
    public static String text(MimeMessage message) {
        try {
            return text((Object) message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent())).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
