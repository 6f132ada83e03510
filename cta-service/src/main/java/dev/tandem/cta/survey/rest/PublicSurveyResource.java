package dev.tandem.cta.survey.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.survey.domain.OpenInvitation;
import dev.tandem.cta.survey.domain.Question;
import dev.tandem.cta.survey.service.ResponseService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The personal response link of an invitation: no login, the signed token is the proof. Rate limited per client
 * address (PublicRateLimit); a forged token is 403, an expired one 401, a second answer 409.
 */
@Path("/api/v1/public/survey-responses/{token}")
@Tag(name = "Surveys")
public class PublicSurveyResource {

    private final ResponseService responses;

    public PublicSurveyResource(ResponseService responses) {
        this.responses = responses;
    }

    /** What the answer page shows. */
    public record SurveyForm(
            String name, String intro, String accountName, List<Question> questions, boolean answered) {

        static SurveyForm of(OpenInvitation invitation) {
            var definition = invitation.survey().definition();
            return new SurveyForm(
                    definition.name(),
                    definition.intro(),
                    invitation.accountName(),
                    definition.asked(),
                    invitation.answeredAt() != null);
        }
    }

    /** @param answers by question key, e.g. {@code {"score": 9, "comment": "..."}} for NPS */
    public record AnswerRequest(
            @NotNull(message = "is required") @Size(max = 10, message = "must answer at most 10 questions")
            Map<String, JsonNode> answers) {}

    public record AnswerRecorded(boolean recorded) {}

    @GET
    @PermitAll
    @Operation(summary = "The survey a response link opens, with its questions")
    public Uni<SurveyForm> form(@PathParam("token") @Size(max = 512, message = "is not a valid link") String token) {
        return responses.open(token).map(SurveyForm::of);
    }

    @POST
    @PermitAll
    @Operation(summary = "Answer the survey, once")
    public Uni<AnswerRecorded> answer(
            @PathParam("token") @Size(max = 512, message = "is not a valid link") String token,
            @Valid @NotNull(message = "a JSON body is required") AnswerRequest request) {
        return responses.answer(token, request.answers()).map(invitation -> new AnswerRecorded(true));
    }
}
