package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.events.account.AccountErased;
import dev.tandem.events.account.UserErased;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private static final Instant NOW = Instant.parse("2026-03-31T16:45:00Z");

    @Test
    void ofTakesTypeAndSourceFromTheDescriptor() {
        AccountErased erased = new AccountErased(UUID.randomUUID(), "acct_1", NOW);
        UUID id = UUID.randomUUID();

        EventEnvelope<AccountErased> envelope =
                EventEnvelope.of(EventCatalog.of(AccountErased.class), id, erased.subject(), NOW, erased);

        assertThat(envelope.specversion()).isEqualTo("1.0");
        assertThat(envelope.datacontenttype()).isEqualTo("application/json");
        assertThat(envelope.type()).isEqualTo(AccountErased.TYPE);
        assertThat(envelope.source()).isEqualTo("/account-service");
        assertThat(envelope.id()).isEqualTo(id);
        assertThat(envelope.subject()).isEqualTo(erased.accountId().toString());
        assertThat(envelope.time()).isEqualTo(NOW);
        assertThat(envelope.data()).isSameAs(erased);
    }

    @Test
    void ofRejectsDataOfAnotherType() {
        UserErased wrong = new UserErased(UUID.randomUUID(), UUID.randomUUID(), NOW);
        EventDescriptor accountErased = EventCatalog.of(AccountErased.class);

        assertThatThrownBy(() -> EventEnvelope.of(accountErased, UUID.randomUUID(), wrong.subject(), NOW, wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(AccountErased.TYPE);
    }

    @Test
    void requiredIdsAreEnforced() {
        assertThatThrownBy(() -> new AccountErased(null, "acct_1", NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EventEnvelope.of(
                        EventCatalog.of(AccountErased.class),
                        null,
                        "x",
                        NOW,
                        new AccountErased(UUID.randomUUID(), "acct_1", NOW)))
                .isInstanceOf(NullPointerException.class);
    }
}
