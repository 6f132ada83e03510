package dev.tandem.platform.paging;

import dev.tandem.platform.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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

    /** The error for a cursor whose parts do not parse as the sort keys they should be. */
    public static InvalidInputException invalid() {
        return new InvalidInputException("after", "is not a cursor returned by this API");
    }
}
