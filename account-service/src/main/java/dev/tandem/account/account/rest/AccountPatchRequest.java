package dev.tandem.account.account.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.account.account.domain.AccountPatch;
import dev.tandem.account.account.domain.CsmReference;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a JSON merge patch (RFC 7396) of an account: the CSM as one of {@code csmId} (a Keycloak subject id, or null
 * to unassign), {@code csmEmail} or {@code csmUsername} (looked up in the team directory), and {@code community}. A
 * field absent from the body is left alone, which a record cannot tell from null, hence the tree.
 */
final class AccountPatchRequest {

    private static final Set<String> PATCHABLE = Set.of("csmId", "csmEmail", "csmUsername", "community");
    private static final List<String> CSM_FIELDS = List.of("csmId", "csmEmail", "csmUsername");
    private static final int MAX_CSM_ID = 100;
    /** RFC 5321's limit on a path, and so on an address. */
    private static final int MAX_EMAIL = 254;
    /** Keycloak's limit on a user name. */
    private static final int MAX_USERNAME = 255;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");
    private static final Pattern USERNAME = Pattern.compile("[^\\s\\p{Cntrl}]+");

    /**
     * The patch, and the CSM to look up first when the body named them by e-mail or user name.
     *
     * @param csm null when the body named no CSM, or named them by id
     */
    record Parsed(AccountPatch patch, CsmReference csm) {}

    private AccountPatchRequest() {}

    static Parsed read(ObjectNode body) {
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
        List<String> named = CSM_FIELDS.stream().filter(body::has).toList();
        if (named.size() > 1) {
            errors.add(new FieldError(named.get(1), "give only one of " + named + ": they all name the CSM"));
        }
        CsmReference csm = null;
        if (body.has("csmEmail")) {
            csm = reference(body, "csmEmail", CsmReference.Kind.EMAIL, EMAIL, MAX_EMAIL, "an e-mail address", errors);
        }
        if (body.has("csmUsername")) {
            csm = reference(
                    body, "csmUsername", CsmReference.Kind.USERNAME, USERNAME, MAX_USERNAME, "a user name", errors);
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
        return new Parsed(new AccountPatch(csmId, community), csm);
    }

    private static CsmReference reference(
            ObjectNode body,
            String field,
            CsmReference.Kind kind,
            Pattern shape,
            int max,
            String what,
            List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value.isTextual()
                && value.asText().length() <= max
                && shape.matcher(value.asText()).matches()) {
            return new CsmReference(kind, field, value.asText());
        }
        errors.add(new FieldError(
                field, "must be " + what + " of up to " + max + " characters (to unassign the CSM, send csmId: null)"));
        return null;
    }
}
