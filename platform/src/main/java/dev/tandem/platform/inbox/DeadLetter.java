package dev.tandem.platform.inbox;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A record of a batch consumer's poll, readied for its dead-letter topic by hand: batch channels park bad records one
 * by one themselves, so the rest of the poll goes on. Key, payload and headers stay as they came, with the reason added
 * in {@code dead-letter-reason}, the header the connector's own dead-letter queue writes.
 */
public final class DeadLetter {

    public static final String REASON_HEADER = "dead-letter-reason";

    private DeadLetter() {}

    public static Message<String> of(KafkaRecord<String, String> record, Throwable reason) {
        var headers = new RecordHeaders();
        record.getHeaders().forEach(headers::add);
        headers.add(REASON_HEADER, String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        return Message.of(record.getPayload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.getKey())
                        .withHeaders(headers)
                        .build());
    }
}
