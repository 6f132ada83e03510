package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogued event has a sample, and the sample is exactly what the record reads and writes. */
class EventSamplesTest {

    static Stream<Named<EventDescriptor>> descriptors() {
        return EventCatalog.all().stream().map(d -> Named.of(d.type(), d));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void sampleExists(EventDescriptor descriptor) {
        assertThat(EventSamplesTest.class.getResource(descriptor.sampleResource()))
                .as(descriptor.sampleResource())
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void envelopeMatchesDescriptor(EventDescriptor descriptor) throws Exception {
        JsonNode sample = SampleJson.read(descriptor);
        EventEnvelope<JsonNode> envelope = SampleJson.MAPPER.convertValue(
                sample,
                SampleJson.MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, JsonNode.class));

        assertThat(envelope.specversion()).isEqualTo(EventEnvelope.SPEC_VERSION);
        assertThat(envelope.datacontenttype()).isEqualTo(EventEnvelope.CONTENT_TYPE);
        assertThat(envelope.type()).isEqualTo(descriptor.type());
        assertThat(envelope.source()).isEqualTo(descriptor.source());
        assertThat(envelope.time()).isNotNull();
        assertThat(envelope.data()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void dataRoundTripsThroughTheRecord(EventDescriptor descriptor) throws Exception {
        JsonNode data = SampleJson.read(descriptor).get("data");

        TandemEvent event = SampleJson.MAPPER.treeToValue(data, descriptor.dataClass());
        JsonNode written = SampleJson.MAPPER.readTree(SampleJson.MAPPER.writeValueAsString(event));

        assertThat(event).isInstanceOf(descriptor.dataClass());
        assertThat(written.equals(SampleJson.SAME_VALUE, data))
                .as("%s re-serialised:%n%s%nsample:%n%s", descriptor.type(), written, data)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void wholeEnvelopeRoundTripsWithTypedData(EventDescriptor descriptor) throws Exception {
        JsonNode sample = SampleJson.read(descriptor);
        JavaType envelopeType =
                SampleJson.MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, descriptor.dataClass());

        EventEnvelope<?> envelope = SampleJson.MAPPER.convertValue(sample, envelopeType);
        JsonNode written = SampleJson.MAPPER.readTree(SampleJson.MAPPER.writeValueAsString(envelope));

        assertThat(written.equals(SampleJson.SAME_VALUE, sample))
                .as("%s", written)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void subjectIsTheEnvelopeSubject(EventDescriptor descriptor) throws Exception {
        JsonNode sample = SampleJson.read(descriptor);

        TandemEvent event = SampleJson.MAPPER.treeToValue(sample.get("data"), descriptor.dataClass());

        assertThat(event.subject()).isEqualTo(sample.get("subject").asText());
    }
}
