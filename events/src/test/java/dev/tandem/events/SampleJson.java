package dev.tandem.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;

/** A mapper configured as strictly as a consumer should be, and helpers to read the samples with it. */
final class SampleJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Exact decimals in trees, so money compares without double rounding.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * Equal for numbers of equal value whatever their JSON spelling ({@code 9} vs {@code 9.0}, {@code 30} vs
     * {@code 30.00}), exact for everything else: a wire value that reads back unchanged is not a lost field.
     */
    static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private SampleJson() {}

    static JsonNode read(EventDescriptor descriptor) {
        try (InputStream in = SampleJson.class.getResourceAsStream(descriptor.sampleResource())) {
            if (in == null) {
                throw new IllegalStateException("no sample at " + descriptor.sampleResource());
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
