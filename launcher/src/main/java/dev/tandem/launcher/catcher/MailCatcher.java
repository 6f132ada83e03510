package dev.tandem.launcher.catcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;

/**
 * The local stack's SMTP catcher, run by {@code ./tandem up} as its own JVM: GreenMail takes whatever the services
 * send on the SMTP port, and keeps the last messages for a read-only page on the web port. Nothing is relayed.
 *
 * <p>Arguments: SMTP port, web port, how many messages to keep. Both listen on 127.0.0.1 only.
 */
public final class MailCatcher {

    static final String LOOPBACK = "127.0.0.1";

    private final GreenMail smtp;
    private final HttpServer web;

    private MailCatcher(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    static MailCatcher start(int smtpPort, int webPort, CaughtMails mails) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        smtp.getUserManager().setMessageDeliveryHandler(new CatchingDelivery(mails, Clock.systemUTC()));
        smtp.start();
        HttpServer web = HttpServer.create(new InetSocketAddress(LOOPBACK, webPort), 0);
        web.createContext("/", new CatcherPages(mails));
        web.start();
        return new MailCatcher(smtp, web);
    }

    void stop() {
        web.stop(0);
        smtp.stop();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: MailCatcher <smtp port> <web port> <messages kept>");
            System.exit(2);
        }
        MailCatcher catcher =
                start(Integer.parseInt(args[0]), Integer.parseInt(args[1]), new CaughtMails(Integer.parseInt(args[2])));
        Runtime.getRuntime().addShutdownHook(new Thread(catcher::stop, "mail-catcher-stop"));
        System.out.println("Mail catcher: SMTP on " + LOOPBACK + ":" + args[0] + ", messages at http://" + LOOPBACK
                + ":" + args[1] + "/ (keeps the last " + args[2] + ")");
    }
}
