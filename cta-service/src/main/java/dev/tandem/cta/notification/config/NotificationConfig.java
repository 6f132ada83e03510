package dev.tandem.cta.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Notifications to the CS team: the e-mail sender, the digest's time and the overdue scan. */
@ConfigMapping(prefix = "tandem.cta.notification")
public interface NotificationConfig {

    /** The From of notification e-mails. */
    @WithDefault("Tandem <notifications@tandem.local>")
    String from();

    /** When the daily digest goes out (a Quartz-style cron in the server's zone); read by its schedule. */
    @WithDefault("0 0 7 * * ?")
    String digestCron();

    /** How often open CTAs are checked for a passed due date; read by its schedule. */
    @WithDefault("15m")
    String overdueInterval();

    /** How many open CTAs a digest lists. */
    @WithDefault("10")
    int digestSize();
}
