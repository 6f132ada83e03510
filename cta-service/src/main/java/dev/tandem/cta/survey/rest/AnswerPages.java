package dev.tandem.cta.survey.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.cta.survey.domain.OpenInvitation;
import dev.tandem.cta.survey.domain.Question;
import dev.tandem.cta.survey.domain.QuestionKind;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.ExpiredLinkException;
import dev.tandem.platform.problem.FieldError;
import dev.tandem.platform.problem.NotAllowedException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The answer page a browser sees at a personal response link: the survey as a form (Qute, which escapes every value),
 * the form again with what was wrong, a thank-you, and a page for each refusal in the status the JSON API answers.
 */
public final class AnswerPages {

    private AnswerPages() {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormPage page);

        static native TemplateInstance message(MessagePage page);
    }

    /** The survey as a form; {@code errors} lists what the fields do not show (unknown or repeated fields). */
    public record FormPage(String title, String intro, String accountName, List<Field> fields, List<String> errors) {}

    /**
     * One question: radio buttons for a scale or a choice, a text area for text.
     *
     * @param value what was posted, shown again when the form comes back with errors
     */
    public record Field(
            String key,
            String label,
            boolean required,
            boolean freeText,
            List<Option> options,
            String value,
            Integer maxLength,
            String error) {}

    public record Option(String value, boolean checked) {}

    public record MessagePage(String title, String text) {}

    /**
     * Whether the caller is a browser that would rather read a page: text/html is its first choice. API clients, which
     * ask for JSON or anything (a missing Accept, or any type), keep the JSON answer.
     */
    static boolean wanted(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty()
                && !acceptable.get(0).isWildcardType()
                && (acceptable.get(0).isCompatible(MediaType.TEXT_HTML_TYPE)
                        || acceptable.get(0).isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE));
    }

    /** The page of a refused link, in the status the JSON API answers it with; null for any other failure. */
    static Response refusal(Throwable failure) {
        if (failure instanceof NotAllowedException) {
            return message(
                    Response.Status.FORBIDDEN,
                    "This link is not valid",
                    "Please open the link exactly as you received it.");
        }
        if (failure instanceof ExpiredLinkException) {
            return message(Response.Status.UNAUTHORIZED, "This survey has closed", "Thank you all the same.");
        }
        if (failure instanceof ConflictException) {
            return message(
                    Response.Status.CONFLICT, "Already answered", "This survey was answered already; thank you.");
        }
        return null;
    }

    static boolean refused(Throwable failure) {
        return refusal(failure) != null;
    }

    static Response form(OpenInvitation invitation) {
        return form(invitation, Map.of(), List.of(), Response.Status.OK);
    }

    /** The form again, with what was posted and why it was refused: 400, nothing stored. */
    static Response form(OpenInvitation invitation, Map<String, JsonNode> posted, List<FieldError> problems) {
        return form(invitation, posted, problems, Response.Status.BAD_REQUEST);
    }

    static Response thanks() {
        return message(Response.Status.OK, "Thank you", "Your answers were recorded. You may close this page.");
    }

    static Response message(Response.Status status, String title, String text) {
        return html(status, Templates.message(new MessagePage(title, text)).render());
    }

    private static Response form(
            OpenInvitation invitation,
            Map<String, JsonNode> posted,
            List<FieldError> problems,
            Response.Status status) {
        var definition = invitation.survey().definition();
        List<String> unplaced = new ArrayList<>();
        List<Field> fields = definition.asked().stream()
                .map(question -> field(question, posted.get(question.key()), problems))
                .toList();
        for (FieldError problem : problems) {
            boolean placed = definition.asked().stream()
                    .anyMatch(question -> problem.field().equals("answers." + question.key()));
            if (!placed) {
                unplaced.add(problem.field() + " " + problem.reason());
            }
        }
        FormPage page = new FormPage(definition.name(), definition.intro(), invitation.accountName(), fields, unplaced);
        return html(status, Templates.form(page).render());
    }

    private static Field field(Question question, JsonNode posted, List<FieldError> problems) {
        String value = posted == null || posted.isNull() ? "" : posted.asText();
        String error = problems.stream()
                .filter(problem -> problem.field().equals("answers." + question.key()))
                .map(FieldError::reason)
                .findFirst()
                .orElse(null);
        List<String> values = switch (question.kind()) {
            case SCALE ->
                IntStream.rangeClosed(question.min(), question.max())
                        .mapToObj(Integer::toString)
                        .toList();
            case CHOICE -> question.choices();
            case TEXT -> List.of();
        };
        return new Field(
                question.key(),
                question.text(),
                question.required(),
                question.kind() == QuestionKind.TEXT,
                values.stream()
                        .map(option -> new Option(option, option.equals(value)))
                        .toList(),
                value,
                question.kind() == QuestionKind.TEXT ? Question.MAX_TEXT_ANSWER : null,
                error);
    }

    private static Response html(Response.Status status, String body) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
                .header("X-Frame-Options", "DENY")
                .entity(body)
                .build();
    }
}
