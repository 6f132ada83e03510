package dev.tandem.platform.paging;

import dev.tandem.platform.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An opaque position in a sorted list: the sort key values of the last item a client has seen. Clients pass it back
 * as {@code after}; its content is the server's business and may change between versions.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {}

    public static String encode(List<String> sortKeys) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, sortKeys).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param parts how many sort keys the cursor must hold
     * @throws InvalidInputException naming the {@code after} parameter when the cursor was not made by this server
     */
    public static List<String> decode(String cursor, int parts) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(decoded.split(SEPARATOR, -1));
            if (keys.size() != parts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A cursor part that holds an id; a part that is not one means the cursor was not made here. */
    public static UUID uuidPart(String part) {
        try {
            return UUID.fromString(part);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A cursor part that holds a whole number; a part that is not one means the cursor was not made here. */
    public static long longPart(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("after", "is not a cursor returned by this API");
    }
}
