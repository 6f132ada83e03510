package dev.tandem.cta.survey.domain;

import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A survey as a cs-admin defines it. NPS and CSAT have their questions fixed ({@code score}, then an optional
 * {@code comment}), so every NPS answer is comparable; a custom form brings its own, at most ten.
 */
public record SurveyDefinition(String name, SurveyKind kind, String subject, String intro, List<Question> questions) {

    public static final int MAX_QUESTIONS = 10;

    public SurveyDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The questions asked: the standard ones for NPS and CSAT, the form's own otherwise. */
    public List<Question> asked() {
        return switch (kind) {
            case NPS ->
                List.of(
                        Question.scale("score", "How likely are you to recommend us to a friend or colleague?", 0, 10),
                        Question.comment("What is the main reason for your score?"));
            case CSAT ->
                List.of(
                        Question.scale("score", "How satisfied are you with our product?", 1, 5),
                        Question.comment("What could we do better?"));
            case CUSTOM -> questions;
        };
    }

    /** Everything wrong with the definition, by field; empty when it may be saved. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldError("kind", "is required: NPS, CSAT or CUSTOM"));
            return problems;
        }
        if (kind != SurveyKind.CUSTOM && !questions.isEmpty()) {
            problems.add(new FieldError("questions", "are fixed for NPS and CSAT; leave them out"));
        }
        if (kind == SurveyKind.CUSTOM && (questions.isEmpty() || questions.size() > MAX_QUESTIONS)) {
            problems.add(new FieldError("questions", "a custom survey asks 1 to 10 questions"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < Math.min(questions.size(), MAX_QUESTIONS); i++) {
            Question question = questions.get(i);
            if (question == null) {
                problems.add(new FieldError("questions[" + i + "]", "must not be null"));
                continue;
            }
            problems.addAll(question.problems("questions[" + i + "]"));
            if (question.key() != null && !keys.add(question.key())) {
                problems.add(new FieldError("questions[" + i + "].key", "is used by an earlier question"));
            }
        }
        return problems;
    }
}
