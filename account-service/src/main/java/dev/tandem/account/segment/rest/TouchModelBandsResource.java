package dev.tandem.account.segment.rest;

import dev.tandem.account.segment.domain.BandBasis;
import dev.tandem.account.segment.domain.Lifetimes;
import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.account.segment.service.TouchModelService;
import dev.tandem.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/touch-model-bands")
@Tag(name = "Segments")
public class TouchModelBandsResource {

    /**
     * The bands in force.
     *
     * @param lifetimes for LTV bands, the churn they were measured with (the book's and each plan's); null for ARR
     * @param accountsMoved on a change, how many accounts it moved to another touch model
     */
    public record BandsResponse(
            BigDecimal highFrom, BigDecimal lowFrom, BandBasis basis, Lifetimes lifetimes, Integer accountsMoved) {

        static BandsResponse of(TouchModelBands bands, Integer moved) {
            return new BandsResponse(bands.highFrom(), bands.lowFrom(), bands.basis(), bands.lifetimes(), moved);
        }
    }

    private final TouchModelService service;

    public TouchModelBandsResource(TouchModelService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.VIEWER})
    @Operation(summary = "The ARR or LTV bands that decide each account's touch model")
    public Uni<BandsResponse> get() {
        return service.current().map(bands -> BandsResponse.of(bands, null));
    }

    @PUT
    @RolesAllowed(Roles.CS_ADMIN)
    @Operation(
            summary = "Change the bands, in ARR or expected LTV; every account they move changes touch model at once")
    public Uni<BandsResponse> change(
            @Valid @NotNull(message = "a JSON body is required") TouchModelBandsRequest request) {
        BandBasis basis = request.validBasis();
        return service.change(request.highFrom(), request.lowFrom(), basis)
                .map(change -> BandsResponse.of(change.bands(), change.accountsMoved()));
    }
}
