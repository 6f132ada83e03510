package dev.tandem.launcher.catcher;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;

/** The recipient GreenMail delivers to once {@link CatchingDelivery} has caught the message: it keeps nothing. */
final class DiscardingUser implements GreenMailUser {

    private final String email;

    DiscardingUser(String email) {
        this.email = email;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public String getLogin() {
        return email;
    }

    @Override
    public void deliver(MovingMessage message) {}

    @Override
    public void deliver(MimeMessage message) {}

    @Override
    public void create() {}

    @Override
    public void delete() {}

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public void setPassword(String password) {}

    @Override
    public void authenticate(String password) {}

    @Override
    public String getQualifiedMailboxName() {
        return email;
    }
}
