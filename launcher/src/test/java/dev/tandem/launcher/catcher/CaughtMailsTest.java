package dev.tandem.launcher.catcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaughtMailsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T22:00:00Z");

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        CaughtMails mails = new CaughtMails(2);
        mails.add(NOW, "a@x", List.of("b@x"), "one", "");
        mails.add(NOW, "a@x", List.of("b@x"), "two", "");
        CaughtMail three = mails.add(NOW, "a@x", List.of("b@x"), "three", "");

        assertThat(mails.newestFirst()).extracting(CaughtMail::subject).containsExactly("three", "two");
        assertThat(mails.byId(three.id())).contains(three);
        assertThat(mails.byId(1)).isEmpty();
    }

    @Test
    void cutsAHugeBody() {
        CaughtMail mail = new CaughtMails(1).add(NOW, "a@x", List.of(), "big", "x".repeat(200_000));

        assertThat(mail.body()).hasSizeLessThan(CaughtMail.MAX_BODY_CHARS + 100).endsWith("[cut at 100000 characters]");
    }

    @Test
    void needsRoomForOneMessage() {
        assertThatThrownBy(() -> new CaughtMails(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
