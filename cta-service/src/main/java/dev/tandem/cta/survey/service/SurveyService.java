package dev.tandem.cta.survey.service;

import dev.tandem.cta.survey.domain.Survey;
import dev.tandem.cta.survey.domain.SurveyDefinition;
import dev.tandem.cta.survey.repository.SurveyStore;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Survey definitions: saving one under a name that exists makes its next version. */
@ApplicationScoped
public class SurveyService {

    private final SurveyStore surveys;
    private final Clock clock;

    public SurveyService(SurveyStore surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Survey> define(SurveyDefinition definition, String by) {
        var problems = definition.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return surveys.save(UUID.randomUUID(), definition, by, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @WithSession
    public Uni<Survey> get(UUID id) {
        return surveys.find(id).map(survey -> {
            if (survey == null) {
                throw new NotFoundException("Survey", id);
            }
            return survey;
        });
    }

    @WithSession
    public Uni<List<Survey>> latest() {
        return surveys.latest();
    }
}
