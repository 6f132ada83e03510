package dev.tandem.cta.notification.rest;

import dev.tandem.cta.notification.service.NotificationPreferences;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Callers;
import dev.tandem.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Notification preferences: one's own (CSMs and cs-admins), and anyone's for cs-admins. */
@Path("/api/v1")
@Tag(name = "Notifications")
public class NotificationPreferencesResource {

    private static final int MAX_PERSON = 100;

    private final NotificationPreferences preferences;
    private final SecurityIdentity identity;

    public NotificationPreferencesResource(NotificationPreferences preferences, SecurityIdentity identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GET
    @Path("/me/notification-preferences")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "My notification preferences: every kind with its channels and whether in the daily digest")
    public Uni<NotificationPreferencesResponse> mine() {
        return read(me());
    }

    @PUT
    @Path("/me/notification-preferences")
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    @Operation(summary = "Replace my notification preferences; kinds left out are not sent")
    public Uni<NotificationPreferencesResponse> replaceMine(@Valid @NotNull NotificationPreferencesRequest request) {
        return replace(me(), request);
    }

    @GET
    @Path("/people/{person}/notification-preferences")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "A person's notification preferences (their Keycloak user id)")
    public Uni<NotificationPreferencesResponse> theirs(@PathParam("person") String person) {
        return read(checked(person));
    }

    @PUT
    @Path("/people/{person}/notification-preferences")
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(summary = "Replace a person's notification preferences")
    public Uni<NotificationPreferencesResponse> replaceTheirs(
            @PathParam("person") String person, @Valid @NotNull NotificationPreferencesRequest request) {
        return replace(checked(person), request);
    }

    private Uni<NotificationPreferencesResponse> read(String person) {
        return preferences.of(person).map(s -> NotificationPreferencesResponse.of(person, s, urlsVisible()));
    }

    private Uni<NotificationPreferencesResponse> replace(String person, NotificationPreferencesRequest request) {
        return preferences
                .replace(
                        person,
                        request.email(),
                        request.slackUrl(),
                        request.teamsUrl(),
                        request.kinds().stream()
                                .map(k -> new NotificationPreferences.Requested(k.kind(), k.channels(), k.digest()))
                                .toList())
                .map(s -> NotificationPreferencesResponse.of(person, s, urlsVisible()));
    }

    private String me() {
        // The subject, as accounts name their CSM and CTAs their owner.
        return Callers.of(identity).subject();
    }

    private boolean urlsVisible() {
        return identity.hasRole(Roles.CS_ADMIN);
    }

    private static String checked(String person) {
        if (person.isBlank() || person.length() > MAX_PERSON || person.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("person", "must be a user id of 1 to 100 characters");
        }
        return person;
    }
}
