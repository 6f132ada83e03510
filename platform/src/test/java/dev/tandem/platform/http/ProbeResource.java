package dev.tandem.platform.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** An endpoint of each shape the services have, standing in for them in {@link InputHygieneTest}. */
@Path("/probe")
@RolesAllowed("csm")
public class ProbeResource {

    public enum Status {
        OPEN,
        CLOSED
    }

    public record Note(@NotNull String text, LocalDate due, Integer count, Instant at, Map<String, String> tags) {}

    @POST
    @Path("/notes")
    public Note echo(Note note) {
        return note;
    }

    @GET
    @Path("/notes/{id}")
    public Map<String, String> find(
            @PathParam("id") String id,
            @QueryParam("status") Status status,
            @QueryParam("before") LocalDate before,
            @QueryParam("owner") UUID owner,
            @QueryParam("q") String q) {
        return Map.of("id", id, "status", String.valueOf(status), "before", String.valueOf(before));
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Integer> load(String csv) {
        return Map.of("bytes", csv.length());
    }
}
