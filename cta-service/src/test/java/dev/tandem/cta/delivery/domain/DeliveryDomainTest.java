package dev.tandem.cta.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryDomainTest {

    @Test
    void signatureIsHmacSha256OfTimestampAndBody() {
        // Reference value computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        String signature = WebhookSignature.sign("secret", 1_700_000_000L, "{\"a\":1}");

        assertThat(signature).isEqualTo("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
        assertThat(WebhookSignature.verify("secret", 1_700_000_000L, "{\"a\":1}", signature))
                .isTrue();
        assertThat(WebhookSignature.verify("secret", 1_700_000_001L, "{\"a\":1}", signature))
                .isFalse();
        assertThat(WebhookSignature.verify("other", 1_700_000_000L, "{\"a\":1}", signature))
                .isFalse();
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void urlsAreCutToTheirHostWhereverASecretMightHide() {
        assertThat(UrlRedaction.redact("https://hooks.slack.com/services/T000/B000/XXXX"))
                .isEqualTo("https://hooks.slack.com/...");
        assertThat(UrlRedaction.redact("https://example.org:8443/?token=abc"))
                .isEqualTo("https://example.org:8443/...");
        assertThat(UrlRedaction.redact("https://user:pw@example.org")).isEqualTo("https://example.org/...");
        assertThat(UrlRedaction.redact("https://example.org/")).isEqualTo("https://example.org");
        assertThat(UrlRedaction.redact("not a url")).isEqualTo("...");
        assertThat(UrlRedaction.redact(null)).isNull();
    }
}
