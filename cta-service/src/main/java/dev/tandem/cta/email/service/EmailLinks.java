package dev.tandem.cta.email.service;

import dev.tandem.cta.email.config.EmailConfig;
import dev.tandem.cta.email.domain.UnsubscribeToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The public links an e-mail carries, signed with the configured link secret. */
@ApplicationScoped
public class EmailLinks {

    public static final String UNSUBSCRIBE_PATH = "/api/v1/public/unsubscribe";

    private final EmailConfig config;

    public EmailLinks(EmailConfig config) {
        this.config = config;
    }

    /** Whether links can be signed, and so whether anything may be sent. */
    public boolean ready() {
        return config.linkSecret().filter(secret -> !secret.isBlank()).isPresent();
    }

    public String secret() {
        return config.linkSecret().orElseThrow(() -> new IllegalStateException("tandem.cta.email.link-secret unset"));
    }

    public String unsubscribeUrl(String email) {
        return base() + UNSUBSCRIBE_PATH + "?token=" + UnsubscribeToken.of(secret(), email);
    }

    /** The address of an unsubscribe token; empty when it is forged or broken. */
    public Optional<String> unsubscribed(String token) {
        return UnsubscribeToken.read(secret(), token);
    }

    public String url(String path) {
        return base() + path;
    }

    private String base() {
        String base = config.publicBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
