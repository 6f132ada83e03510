package dev.tandem.cta.survey.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.survey.domain.FormAnswers;
import dev.tandem.cta.survey.domain.OpenInvitation;
import dev.tandem.cta.survey.domain.Question;
import dev.tandem.cta.survey.service.ResponseService;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.InvalidInputException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The personal response link of an invitation: no login, the signed token is the proof. Rate limited per client
 * address (PublicRateLimit); a forged token is 403, an expired one 401, a second answer 409. API clients speak JSON;
 * a browser gets the answer page and posts its form ({@link AnswerPages}), refused in the same statuses.
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
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            summary = "The survey a response link opens, with its questions",
            description =
                    "JSON (SurveyForm) for API clients; a browser (Accept: text/html first) gets the answer page.")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SurveyForm.class)))
    public Uni<Response> form(
            @PathParam("token") @Size(max = 512, message = "is not a valid link") String token,
            @Context HttpHeaders headers) {
        if (!AnswerPages.wanted(headers)) {
            return responses
                    .open(token)
                    .map(form -> Response.ok(SurveyForm.of(form), MediaType.APPLICATION_JSON_TYPE)
                            .build());
        }
        return responses
                .open(token)
                .map(invitation -> invitation.answeredAt() != null
                        ? AnswerPages.refusal(new ConflictException("answered"))
                        : AnswerPages.form(invitation))
                .onFailure(AnswerPages::refused)
                .recoverWithItem(AnswerPages::refusal);
    }

    @POST
    @PermitAll
    @Operation(summary = "Answer the survey, once")
    public Uni<AnswerRecorded> answer(
            @PathParam("token") @Size(max = 512, message = "is not a valid link") String token,
            @Valid @NotNull(message = "a JSON body is required") AnswerRequest request) {
        return responses.answer(token, request.answers()).map(invitation -> new AnswerRecorded(true));
    }

    /**
     * The answer page's form: the same checks as the JSON answer. A browser gets a page for each outcome (the form again
     * with each field's reason, a thank-you, or the refusal in the API's status); any other client the JSON answer and
     * problem details, as from the JSON endpoint. Fields are all text: a scale's number is read as one.
     */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Answer the survey from the answer page (a browser's form post), once")
    public Uni<Response> answerForm(
            @PathParam("token") @Size(max = 512, message = "is not a valid link") String token,
            String body,
            @Context HttpHeaders headers) {
        Map<String, List<String>> form = FormAnswers.decode(body)
                .orElseThrow(() ->
                        new InvalidInputException("body", "is not a valid form (application/x-www-form-urlencoded)"));
        if (!AnswerPages.wanted(headers)) {
            return responses
                    .open(token)
                    .chain(invitation -> responses.answer(token, readable(invitation, form)))
                    .map(answered -> Response.ok(new AnswerRecorded(true), MediaType.APPLICATION_JSON_TYPE)
                            .build());
        }
        return responses
                .open(token)
                .chain(invitation -> {
                    var reading =
                            FormAnswers.read(invitation.survey().definition().asked(), form);
                    if (!reading.problems().isEmpty()) {
                        return Uni.createFrom()
                                .item(AnswerPages.form(invitation, reading.answers(), reading.problems()));
                    }
                    return responses
                            .answer(token, reading.answers())
                            .map(answered -> AnswerPages.thanks())
                            .onFailure(InvalidInputException.class)
                            .recoverWithItem(failure -> AnswerPages.form(
                                    invitation, reading.answers(), ((InvalidInputException) failure).errors()));
                })
                .onFailure(AnswerPages::refused)
                .recoverWithItem(AnswerPages::refusal);
    }

    /** The form's answers, or a 400 naming what makes them unreadable. */
    private static Map<String, JsonNode> readable(OpenInvitation invitation, Map<String, List<String>> form) {
        var reading = FormAnswers.read(invitation.survey().definition().asked(), form);
        if (!reading.problems().isEmpty()) {
            throw new InvalidInputException(reading.problems());
        }
        return reading.answers();
    }
}
