package dev.tandem.cta.survey.rest;

import dev.tandem.cta.survey.domain.Question;
import dev.tandem.cta.survey.domain.QuestionKind;
import dev.tandem.cta.survey.domain.SurveyDefinition;
import dev.tandem.cta.survey.domain.SurveyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A survey definition as POST takes it; saving a name that exists makes its next version. */
public record SurveyRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String name,

        @NotNull(message = "is required: NPS, CSAT or CUSTOM")
        SurveyKind kind,

        @NotBlank(message = "is required") @Size(max = 150, message = "must be at most 150 characters")
        String subject,

        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        String intro,

        @Size(max = 10, message = "must be at most 10 questions")
        List<@Valid @NotNull(message = "must not be null") QuestionRequest> questions) {

    /** A question of a custom survey. */
    public record QuestionRequest(
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
            String key,

            @NotNull(message = "is required: SCALE, CHOICE or TEXT")
            QuestionKind kind,

            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
            String text,

            Integer min,
            Integer max,

            @Size(max = 20, message = "must be at most 20 options")
            List<
                            @NotBlank(message = "must not be blank")
                            @Size(max = 100, message = "must be at most 100 characters") String>
                    choices,

            Boolean required) {

        Question toQuestion() {
            return new Question(key, kind, text, min, max, choices, required == null || required);
        }
    }

    SurveyDefinition toDefinition() {
        List<Question> asked = questions == null
                ? List.of()
                : questions.stream()
                        .map(question -> question == null ? null : question.toQuestion())
                        .toList();
        return new SurveyDefinition(name.strip(), kind, subject.strip(), intro.strip(), asked);
    }
}
