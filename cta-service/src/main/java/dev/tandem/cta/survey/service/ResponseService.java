package dev.tandem.cta.survey.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.email.service.EmailLinks;
import dev.tandem.cta.survey.domain.AnswerCheck;
import dev.tandem.cta.survey.domain.OpenInvitation;
import dev.tandem.cta.survey.domain.ResponseToken;
import dev.tandem.cta.survey.domain.SurveyKind;
import dev.tandem.cta.survey.repository.ResponseStore;
import dev.tandem.cta.timeline.domain.TouchpointDraft;
import dev.tandem.cta.timeline.service.TouchpointService;
import dev.tandem.platform.outbox.Outbox;
import dev.tandem.platform.problem.ConflictException;
import dev.tandem.platform.problem.ExpiredLinkException;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotAllowedException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers through a personal link: genuine and unexpired (else 403 or 401), once (then 409), every field checked
 * against the questions asked (else 400, nothing stored). An answer commits with its signal for health-service and
 * its touchpoint on the account's timeline.
 */
@ApplicationScoped
public class ResponseService {

    static final String AUTHOR = "survey";

    private final ResponseStore responses;
    private final EmailLinks links;
    private final Outbox outbox;
    private final TouchpointService touchpoints;
    private final ObjectMapper json;
    private final Clock clock;

    public ResponseService(
            ResponseStore responses,
            EmailLinks links,
            Outbox outbox,
            TouchpointService touchpoints,
            ObjectMapper json,
            Clock clock) {
        this.responses = responses;
        this.links = links;
        this.outbox = outbox;
        this.touchpoints = touchpoints;
        this.json = json;
        this.clock = clock;
    }

    /** The invitation a link opens, to show its questions; refused as an answer would be. */
    @WithSession
    public Uni<OpenInvitation> open(String token) {
        UUID sendId = verified(token);
        return responses.invitation(sendId, false).map(ResponseService::known);
    }

    @WithTransaction
    public Uni<OpenInvitation> answer(String token, Map<String, JsonNode> answers) {
        UUID sendId = verified(token);
        return responses.invitation(sendId, true).map(ResponseService::known).chain(invitation -> {
            if (invitation.answeredAt() != null) {
                throw new ConflictException("This survey was answered already; thank you.");
            }
            var problems = AnswerCheck.problems(invitation.survey().definition().asked(), answers);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Integer score = answers.containsKey("score") && answers.get("score").isInt()
                    ? answers.get("score").intValue()
                    : null;
            String comment =
                    answers.containsKey("comment") && answers.get("comment").isTextual()
                            ? answers.get("comment").textValue()
                            : null;
            return responses
                    .record(invitation, score, comment, write(answers), now)
                    .chain(() -> announce(invitation, score, comment, now))
                    .replaceWith(invitation);
        });
    }

    /** The signal and the touchpoint; neither where the account has been erased since the invitation went out. */
    private Uni<Void> announce(OpenInvitation invitation, Integer score, String comment, Instant at) {
        if (invitation.accountExternalId() == null) {
            return Uni.createFrom().voidItem();
        }
        SurveyKind kind = invitation.survey().definition().kind();
        String name = invitation.survey().definition().name();
        String subject = (kind == SurveyKind.CUSTOM ? "Survey answered" : kind + " " + score) + ": " + name;
        TouchpointDraft draft = new TouchpointDraft(
                "SURVEY",
                at,
                subject.length() > 200 ? subject.substring(0, 200) : subject,
                comment == null ? "" : comment,
                invitation.userExternalId() == null ? List.of() : List.of(invitation.userId()),
                List.of(),
                AnswerSignals.sentiment(kind, score),
                null,
                null,
                AUTHOR);
        return outbox.append(AnswerSignals.of(invitation, score, at))
                .chain(() -> touchpoints.recordObserved(invitation.accountId(), draft))
                .replaceWithVoid();
    }

    private UUID verified(String token) {
        if (!links.ready()) {
            throw new NotAllowedException("This survey link is not valid.");
        }
        ResponseToken.Reading reading = ResponseToken.read(links.secret(), token, clock.instant());
        return switch (reading.verdict()) {
            case FORGED -> throw new NotAllowedException("This survey link is not valid.");
            case EXPIRED -> throw new ExpiredLinkException("This survey link has expired.");
            case VALID -> reading.token().orElseThrow().sendId();
        };
    }

    private static OpenInvitation known(OpenInvitation invitation) {
        if (invitation == null) {
            // Signed here, yet its invitation is gone: as good as forged for whoever holds it.
            throw new NotAllowedException("This survey link is not valid.");
        }
        return invitation;
    }

    private String write(Map<String, JsonNode> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Answers cannot be written as JSON", e);
        }
    }
}
