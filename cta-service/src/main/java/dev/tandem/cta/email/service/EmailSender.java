package dev.tandem.cta.email.service;

import dev.tandem.cta.email.domain.OutgoingEmail;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The one place cta-service hands e-mail to the SMTP server (quarkus.mailer.*): surveys, with the one-click unsubscribe
 * of RFC 8058, and the plain-text notifications to the team.
 */
@ApplicationScoped
public class EmailSender {

    // An SMTP server that accepts the connection and then stalls must not hold a worker thread for ever; the caller
    // retries later.
    static final Duration BLOCKING_SEND_TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMailer mailer;

    public EmailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    public Uni<Void> send(OutgoingEmail email) {
        Mail mail = Mail.withHtml(email.to(), email.subject(), email.html())
                .setText(email.text())
                .addHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return mailer.send(mail);
    }

    /**
     * Sends a plain-text message to a member of the team (no unsubscribe link: people choose their notification
     * channels in Tandem), blocking the calling worker thread until the SMTP server has taken it.
     *
     * @throws RuntimeException when the SMTP server refuses it or does not answer in time
     */
    public void sendTextNow(String from, String to, String subject, String text) {
        mailer.send(Mail.withText(to, subject, text).setFrom(from)).await().atMost(BLOCKING_SEND_TIMEOUT);
    }
}
