package dev.tandem.cta.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.delivery.domain.Delivery;
import dev.tandem.cta.delivery.service.ChannelSender;
import dev.tandem.cta.email.service.EmailSender;
import dev.tandem.cta.notification.config.NotificationConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The e-mail channel of notifications: renders the Qute template {@code notification/email.txt} and hands the message
 * to the service's one {@link EmailSender}; the delivery worker retries it like a webhook when the SMTP server refuses.
 */
@ApplicationScoped
public class EmailChannel implements ChannelSender {

    static final String CHANNEL = "email";

    private final EmailSender sender;
    private final Template email;
    private final NotificationConfig config;
    private final ObjectMapper json;

    public EmailChannel(
            EmailSender sender,
            @Location("notification/email.txt") Template email,
            NotificationConfig config,
            ObjectMapper json) {
        this.sender = sender;
        this.email = email;
        this.config = config;
        this.json = json;
    }

    @Override
    public boolean sends(String channel) {
        return CHANNEL.equals(channel);
    }

    @Override
    public String send(Delivery delivery) {
        try {
            JsonNode payload = json.readTree(delivery.payload);
            List<String> lines = new ArrayList<>();
            payload.get("lines").forEach(line -> lines.add(line.asText()));
            String subject = payload.get("subject").asText();
            String text = email.data("title", subject).data("lines", lines).render();
            sender.sendTextNow(config.from(), payload.get("to").asText(), "[Tandem] " + subject, text);
            return null;
        } catch (IOException | RuntimeException e) {
            return "e-mail not sent: " + e.getClass().getSimpleName();
        }
    }
}
