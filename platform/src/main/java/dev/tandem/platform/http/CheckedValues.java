package dev.tandem.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.tandem.platform.problem.RefusedValueException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every text and date Jackson reads against {@link InputBounds}, as it reads them: whatever the record, a
 * refused value names its own field. Map keys are texts too. Trees read as {@code JsonNode} are not checked here;
 * the code that reads fields out of them validates what it takes.
 */
final class CheckedValues extends SimpleModule {

    private static final Set<Class<?>> DATES =
            Set.of(LocalDate.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class, LocalDateTime.class);

    CheckedValues() {
        super("tandem-checked-values");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new Checked(deserializer, type, value -> InputBounds.refusalOfText((String) value));
                }
                if (DATES.contains(type)) {
                    return new Checked(deserializer, type, InputBounds::refusalOfDate);
                }
                return deserializer;
            }
        });
        addKeyDeserializer(String.class, new CheckedKey());
    }

    /** Reads as the standard deserializer does, then refuses what the bounds refuse. */
    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;
        private final transient Function<Object, Optional<String>> refusal;

        Checked(JsonDeserializer<?> delegate, Class<?> type, Function<Object, Optional<String>> refusal) {
            super(delegate);
            this.type = type;
            this.refusal = refusal;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, type, refusal);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null) {
                Optional<String> refused = refusal.apply(value);
                if (refused.isPresent()) {
                    throw new RefusedValueException(parser, refused.get(), type);
                }
            }
            return value;
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            Optional<String> refused = InputBounds.refusalOfText(key);
            if (refused.isPresent()) {
                throw new RefusedValueException(context.getParser(), "has a key that " + refused.get(), String.class);
            }
            return key;
        }
    }
}
