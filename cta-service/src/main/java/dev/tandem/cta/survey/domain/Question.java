package dev.tandem.cta.survey.domain;

import dev.tandem.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * One question of a survey.
 *
 * @param key how the answer names it: {@code score} and {@code comment} on NPS and CSAT
 * @param min the lowest value of a SCALE question
 * @param max the highest value of a SCALE question
 * @param choices the options of a CHOICE question
 */
public record Question(
        String key, QuestionKind kind, String text, Integer min, Integer max, List<String> choices, boolean required) {

    public static final int MAX_TEXT_ANSWER = 2_000;
    static final int MAX_CHOICES = 20;

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Question scale(String key, String text, int min, int max) {
        return new Question(key, QuestionKind.SCALE, text, min, max, List.of(), true);
    }

    public static Question comment(String text) {
        return new Question("comment", QuestionKind.TEXT, text, null, null, List.of(), false);
    }

    List<FieldError> problems(String at) {
        List<FieldError> problems = new ArrayList<>();
        if (key == null || !key.matches("[a-z][a-zA-Z0-9_]{0,39}")) {
            problems.add(new FieldError(at + ".key", "must be 1-40 letters, digits or _, a small letter first"));
        }
        if (kind == null) {
            problems.add(new FieldError(at + ".kind", "is required: SCALE, CHOICE or TEXT"));
            return problems;
        }
        if (text == null || text.isBlank() || text.length() > 300) {
            problems.add(new FieldError(at + ".text", "is required, at most 300 characters"));
        }
        switch (kind) {
            case SCALE -> {
                if (min == null || max == null || min < 0 || max > 100 || min >= max) {
                    problems.add(new FieldError(at + ".max", "a scale needs 0 <= min < max <= 100"));
                }
            }
            case CHOICE -> {
                if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
                    problems.add(new FieldError(at + ".choices", "a choice needs 2 to 20 options"));
                }
                for (int i = 0; i < choices.size(); i++) {
                    String choice = choices.get(i);
                    if (choice == null || choice.isBlank() || choice.length() > 100) {
                        problems.add(new FieldError(at + ".choices[" + i + "]", "must be 1-100 characters"));
                    }
                }
                if (choices.stream().distinct().count() != choices.size()) {
                    problems.add(new FieldError(at + ".choices", "must not repeat an option"));
                }
            }
            case TEXT -> {}
        }
        return problems;
    }
}
