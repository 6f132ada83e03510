package dev.tandem.account.account.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.account.account.domain.AccountPatch;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON merge patch (RFC 7396) of an account: {@code csmId} (a Keycloak user id, or null to unassign) and
 * {@code community}. A field absent from the body is left alone, which a record cannot tell from null, hence the tree.
 */
final class AccountPatchRequest {

    private static final Set<String> PATCHABLE = Set.of("csmId", "community");
    private static final int MAX_CSM_ID = 100;

    private AccountPatchRequest() {}

    static AccountPatch read(ObjectNode body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                errors.add(new FieldError(name, "cannot be patched; patchable fields are " + PATCHABLE));
            }
        }
        Optional<Optional<String>> csmId = Optional.empty();
        if (body.has("csmId")) {
            JsonNode csm = body.get("csmId");
            if (csm.isNull()) {
                csmId = Optional.of(Optional.empty());
            } else if (csm.isTextual()
                    && !csm.asText().isBlank()
                    && csm.asText().length() <= MAX_CSM_ID) {
                csmId = Optional.of(Optional.of(csm.asText()));
            } else {
                errors.add(
                        new FieldError("csmId", "must be a user id of up to " + MAX_CSM_ID + " characters, or null"));
            }
        }
        Boolean community = null;
        if (body.has("community")) {
            if (body.get("community").isBoolean()) {
                community = body.get("community").asBoolean();
            } else {
                errors.add(new FieldError("community", "must be true or false"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AccountPatch(csmId, community);
    }
}
