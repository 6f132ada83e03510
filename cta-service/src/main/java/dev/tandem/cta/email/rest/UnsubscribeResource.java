package dev.tandem.cta.email.rest;

import dev.tandem.cta.email.service.SuppressionService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The unsubscribe link of every e-mail; no login, the signed token is the proof. Opening the link shows a button
 * that posts back, so a mail scanner that follows links unsubscribes nobody; mail clients post directly (RFC 8058).
 */
@Path(UnsubscribeResource.PATH)
@Tag(name = "E-mail")
public class UnsubscribeResource {

    static final String PATH = "/api/v1/public/unsubscribe";

    private final SuppressionService suppressions;

    public UnsubscribeResource(SuppressionService suppressions) {
        this.suppressions = suppressions;
    }

    /** The address answered, as a POST to the same link answers. */
    public record Unsubscribed(String email, boolean unsubscribed) {}

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page an unsubscribe link opens: one button that confirms")
    public String page(
            @QueryParam("token") @NotBlank(message = "is required") @Size(max = 512, message = "is not a valid link")
                    String token) {
        // The token is echoed into the form only once it is known to be URL-safe base64 and dots.
        String safe = token.matches("[A-Za-z0-9_.-]+") ? token : "";
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Unsubscribe</title></head>
                <body><form method="post" action="%s?token=%s"><p>Stop receiving these e-mails?</p>
                <button type="submit">Unsubscribe</button></form></body></html>
                """.formatted(PATH, safe);
    }

    @POST
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unsubscribe the address the link was made for; no later e-mail goes to it. 403 when forged")
    public Uni<Unsubscribed> unsubscribe(
            @QueryParam("token") @NotBlank(message = "is required") @Size(max = 512, message = "is not a valid link")
                    String token) {
        return suppressions.unsubscribe(token).map(email -> new Unsubscribed(email, true));
    }
}
