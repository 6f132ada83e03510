package dev.tandem.cta.survey.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tandem.platform.problem.FieldError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers as a browser posts the answer page (form fields, all text), turned into the answers the JSON endpoint takes,
 * so that both are checked by {@link AnswerCheck} alike. A field left empty is a question not answered; a scale's value
 * that is no whole number stays text, for the check to refuse by name.
 */
public final class FormAnswers {

    /** More fields than this is no form of ours, whatever the survey asks. */
    static final int MAX_FIELDS = SurveyDefinition.MAX_QUESTIONS;

    private FormAnswers() {}

    /**
     * The fields of a form body ({@code application/x-www-form-urlencoded}) by name, in order; empty when the body is
     * no such form (a broken percent-escape), which is the client's mistake, not a failure here.
     */
    public static Optional<Map<String, List<String>>> decode(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return Optional.of(fields);
        }
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    /** @param problems what makes the form unreadable before its answers are checked; empty when none */
    public record Reading(Map<String, JsonNode> answers, List<FieldError> problems) {}

    public static Reading read(List<Question> questions, Map<String, List<String>> form) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        if (form.size() > MAX_FIELDS) {
            problems.add(new FieldError("answers", "must answer at most " + MAX_FIELDS + " questions"));
            return new Reading(Map.of(), problems);
        }
        form.forEach((key, values) -> {
            if (values == null
                    || values.isEmpty()
                    || values.get(0) == null
                    || values.get(0).isEmpty()) {
                return;
            }
            if (values.size() > 1) {
                problems.add(new FieldError("answers." + shortened(key), "must be given once"));
                return;
            }
            answers.put(key, value(questions, key, values.get(0)));
        });
        return new Reading(answers, problems);
    }

    private static JsonNode value(List<Question> questions, String key, String value) {
        boolean scale = questions.stream()
                .anyMatch(question -> question.key().equals(key) && question.kind() == QuestionKind.SCALE);
        if (scale && value.matches("-?\\d{1,9}")) {
            return IntNode.valueOf(Integer.parseInt(value));
        }
        return TextNode.valueOf(value);
    }

    private static String shortened(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}
