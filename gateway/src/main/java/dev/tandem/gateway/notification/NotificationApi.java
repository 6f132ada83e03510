package dev.tandem.gateway.notification;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The notification preferences of cta-service's REST API. */
@Path("/api/v1")
interface NotificationApi {

    @GET
    @Path("/me/notification-preferences")
    Uni<NotificationPreferences> mine();

    @PUT
    @Path("/me/notification-preferences")
    Uni<NotificationPreferences> replaceMine(NotificationPreferencesInput preferences);

    @GET
    @Path("/people/{person}/notification-preferences")
    Uni<NotificationPreferences> theirs(@PathParam("person") String person);

    @PUT
    @Path("/people/{person}/notification-preferences")
    Uni<NotificationPreferences> replaceTheirs(
            @PathParam("person") String person, NotificationPreferencesInput preferences);
}
