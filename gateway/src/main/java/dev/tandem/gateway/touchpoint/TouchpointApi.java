package dev.tandem.gateway.touchpoint;

import dev.tandem.gateway.paging.Page;
import dev.tandem.gateway.touchpoint.TouchpointSearch.TouchpointHit;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** The part of cta-service's touchpoint API the gateway uses. */
@Path("/api/v1")
interface TouchpointApi {

    @POST
    @Path("/accounts/{accountId}/touchpoints")
    Uni<Touchpoint> record(@PathParam("accountId") UUID accountId, TouchpointInput touchpoint);

    @GET
    @Path("/touchpoints/{id}")
    Uni<Touchpoint> get(@PathParam("id") UUID id);

    @PUT
    @Path("/touchpoints/{id}")
    Uni<Touchpoint> update(@PathParam("id") UUID id, TouchpointInput touchpoint);

    @DELETE
    @Path("/touchpoints/{id}")
    Uni<Void> delete(@PathParam("id") UUID id);

    @GET
    @Path("/accounts/{accountId}/touchpoints/search")
    Uni<Page<TouchpointHit>> searchAccount(
            @PathParam("accountId") UUID accountId,
            @QueryParam("q") String query,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    @GET
    @Path("/touchpoints/search")
    Uni<Page<TouchpointHit>> searchBook(
            @QueryParam("q") String query,
            @QueryParam("csmId") String csmId,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    @GET
    @Path("/touchpoint-types")
    Uni<List<TouchpointType>> types();

    @POST
    @Path("/touchpoint-types")
    Uni<TouchpointType> addType(TouchpointTypeInput type);
}
