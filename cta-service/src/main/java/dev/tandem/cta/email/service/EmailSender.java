package dev.tandem.cta.email.service;

import dev.tandem.cta.email.domain.OutgoingEmail;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands a rendered message to the SMTP server (quarkus.mailer.*), with the one-click unsubscribe of RFC 8058. */
@ApplicationScoped
public class EmailSender {

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
}
