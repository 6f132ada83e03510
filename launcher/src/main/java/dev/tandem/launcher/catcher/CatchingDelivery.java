package dev.tandem.launcher.catcher;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;

/**
 * Takes over GreenMail's delivery: each message goes to {@link CaughtMails} once, whatever its number of recipients,
 * and into no mailbox, so the catcher's memory is bounded by {@link CaughtMails} alone (GreenMail's own mailboxes keep
 * everything until purged).
 */
final class CatchingDelivery implements MessageDeliveryHandler {

    private final CaughtMails mails;
    private final Clock clock;
    // GreenMail delivers a message to its recipients one after the other, in one synchronized send.
    private MovingMessage lastCaught;

    CatchingDelivery(CaughtMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public synchronized GreenMailUser handle(MovingMessage message, MailAddress recipient) throws MessagingException {
        if (message != lastCaught) {
            lastCaught = message;
            List<String> to =
                    message.getToAddresses().stream().map(MailAddress::getEmail).toList();
            String from = message.getReturnPath() == null
                    ? ""
                    : message.getReturnPath().getEmail();
            mails.add(
                    clock.instant(),
                    from,
                    to,
                    MailText.subject(message.getMessage()),
                    MailText.body(message.getMessage()));
        }
        return new DiscardingUser(recipient.getEmail());
    }
}
