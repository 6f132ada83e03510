package dev.tandem.gateway.account;

import dev.tandem.gateway.paging.Page;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;

/** The part of account-service's REST API the gateway reads. */
@Path("/api/v1/accounts")
interface AccountApi {

    @GET
    Uni<Page<Account>> list(
            @QueryParam("stage") String stage,
            @QueryParam("touchModel") String touchModel,
            @QueryParam("csmId") String csmId,
            @QueryParam("plan") String plan,
            @QueryParam("renewalBefore") LocalDate renewalBefore,
            @QueryParam("q") String nameContains,
            @QueryParam("band") List<String> bands,
            @QueryParam("sort") String sort,
            @QueryParam("direction") String direction,
            @QueryParam("first") int first,
            @QueryParam("after") String after);

    @GET
    @Path("/{externalId}")
    Uni<Account> get(@PathParam("externalId") String externalId);

    @GET
    @Path("/{externalId}/contracts")
    Uni<List<Contract>> contracts(@PathParam("externalId") String externalId);

    @GET
    @Path("/{externalId}/users")
    Uni<Page<EndUser>> users(
            @PathParam("externalId") String externalId,
            @QueryParam("first") int first,
            @QueryParam("after") String after);
}
