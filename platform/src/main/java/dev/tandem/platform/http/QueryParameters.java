package dev.tandem.platform.http;

import dev.tandem.platform.problem.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads query parameters of the types JAX-RS would answer with a 404 when unreadable (an unknown enum value, a
 * malformed id or date), and dates out of {@link InputBounds}, into a 400 naming the parameter and what it takes.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        if (type.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class<? extends Enum>) type);
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "must be a date such as 2026-03-31");
        }
        if (type == Instant.class) {
            return (ParamConverter<T>)
                    converter(name, Instant::parse, "must be a UTC timestamp such as 2026-03-31T12:00:00Z");
        }
        if (type == OffsetDateTime.class) {
            return (ParamConverter<T>)
                    converter(name, OffsetDateTime::parse, "must be a timestamp such as 2026-03-31T12:00:00+02:00");
        }
        return null;
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return converter(name, value -> Enum.valueOf(type, value), "must be one of " + allowed);
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                T parsed;
                try {
                    parsed = parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, expected);
                }
                Optional<String> refused = InputBounds.refusalOfDate(parsed);
                if (refused.isPresent()) {
                    throw new InvalidParameterException(name, refused.get());
                }
                return parsed;
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
