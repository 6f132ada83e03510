package dev.tandem.cta.survey.rest;

import dev.tandem.cta.survey.domain.Question;
import dev.tandem.cta.survey.domain.Survey;
import dev.tandem.cta.survey.domain.SurveyKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved survey version with the questions it asks (the standard ones for NPS and CSAT). */
public record SurveyResponse(
        UUID id,
        String name,
        int version,
        SurveyKind kind,
        String subject,
        String intro,
        List<Question> questions,
        String createdBy,
        Instant createdAt) {

    static SurveyResponse of(Survey survey) {
        var definition = survey.definition();
        return new SurveyResponse(
                survey.id(),
                definition.name(),
                survey.version(),
                definition.kind(),
                definition.subject(),
                definition.intro(),
                definition.asked(),
                survey.createdBy(),
                survey.createdAt());
    }
}
