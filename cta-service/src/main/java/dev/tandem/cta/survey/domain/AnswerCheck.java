package dev.tandem.cta.survey.domain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.platform.http.InputBounds;
import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whether answers fit the questions asked: every key a question's, every value of its kind and range. */
public final class AnswerCheck {

    private AnswerCheck() {}

    public static List<FieldError> problems(List<Question> questions, Map<String, JsonNode> answers) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, JsonNode> given = answers == null ? Map.of() : answers;
        for (String key : given.keySet()) {
            if (questions.stream().noneMatch(question -> question.key().equals(key))) {
                problems.add(new FieldError("answers." + shortened(key), "is not a question of this survey"));
            }
        }
        for (Question question : questions) {
            JsonNode value = given.get(question.key());
            String field = "answers." + question.key();
            if (value == null || value.isNull()) {
                if (question.required()) {
                    problems.add(new FieldError(field, "is required"));
                }
                continue;
            }
            String problem = problem(question, value);
            if (problem != null) {
                problems.add(new FieldError(field, problem));
            }
        }
        return problems;
    }

    private static String problem(Question question, JsonNode value) {
        return switch (question.kind()) {
            case SCALE ->
                value.isIntegralNumber()
                                && value.canConvertToInt()
                                && value.intValue() >= question.min()
                                && value.intValue() <= question.max()
                        ? null
                        : "must be a whole number from " + question.min() + " to " + question.max();
            case CHOICE ->
                value.isTextual() && question.choices().contains(value.textValue())
                        ? null
                        : "must be one of " + question.choices();
            case TEXT ->
                !value.isTextual() || value.textValue().length() > Question.MAX_TEXT_ANSWER
                        ? "must be text of at most " + Question.MAX_TEXT_ANSWER + " characters"
                        : InputBounds.refusalOfText(value.textValue()).orElse(null);
        };
    }

    private static String shortened(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}
