package dev.tandem.cta.survey.service;

import dev.tandem.cta.survey.domain.OpenInvitation;
import dev.tandem.cta.survey.domain.SurveyKind;
import dev.tandem.events.cta.TouchpointSentiment;
import dev.tandem.events.signal.Signal;
import dev.tandem.events.signal.SignalType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an answer tells health-service: an {@code nps_response} with the score for NPS (the NPS trend, the detractor
 * rules and the scorecards read it), a {@code survey_response} otherwise. The event id is the invitation's, so a
 * republished answer is counted once.
 */
final class AnswerSignals {

    private AnswerSignals() {}

    static Signal of(OpenInvitation invitation, Integer score, Instant at) {
        SurveyKind kind = invitation.survey().definition().kind();
        SignalType type = kind == SurveyKind.NPS ? SignalType.NPS_RESPONSE : SignalType.SURVEY_RESPONSE;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("surveyId", invitation.survey().id().toString());
        properties.put("surveyKind", kind.name());
        properties.put("campaignId", invitation.campaignId().toString());
        return new Signal(
                "survey-response-" + invitation.sendId(),
                invitation.accountExternalId(),
                invitation.userExternalId(),
                type.wireName(),
                invitation.survey().definition().name(),
                at,
                score == null ? null : score.doubleValue(),
                properties);
    }

    /** How the answer sounds on the timeline: promoters and satisfied answers are positive. */
    static TouchpointSentiment sentiment(SurveyKind kind, Integer score) {
        if (score == null || kind == SurveyKind.CUSTOM) {
            return null;
        }
        int positiveFrom = kind == SurveyKind.NPS ? 9 : 4;
        int negativeUpTo = kind == SurveyKind.NPS ? 6 : 2;
        return score >= positiveFrom
                ? TouchpointSentiment.POSITIVE
                : score <= negativeUpTo ? TouchpointSentiment.NEGATIVE : TouchpointSentiment.NEUTRAL;
    }
}
