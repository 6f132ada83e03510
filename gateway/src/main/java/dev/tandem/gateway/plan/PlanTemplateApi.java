package dev.tandem.gateway.plan;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

/** cta-service's success plan templates, as far as the gateway uses them. */
@Path("/api/v1/success-plan-templates")
interface PlanTemplateApi {

    @GET
    Uni<List<SuccessPlanTemplate>> list();

    @POST
    Uni<SuccessPlanTemplate> define(PlanInputs.Template template);
}
