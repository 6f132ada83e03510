package dev.tandem.cta.survey.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.survey.domain.Question;
import dev.tandem.cta.survey.domain.Survey;
import dev.tandem.cta.survey.domain.SurveyDefinition;
import dev.tandem.cta.survey.domain.SurveyKind;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Survey definitions, each saved version a row of its own. */
@ApplicationScoped
public class SurveyStore {

    private static final String COLUMNS = "id, name, version, kind, subject, intro, questions, created_by, created_at";
    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {};

    private final ObjectMapper json;

    public SurveyStore(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Saves {@code definition} as the next version of its name. The name's rows are locked first (an advisory lock on
     * the name), so two saves at once number their versions one after the other.
     */
    public Uni<Survey> save(UUID id, SurveyDefinition definition, String by, java.time.Instant at) {
        return NativeSql.rows(
                        "SELECT count(*), 0 FROM (SELECT pg_advisory_xact_lock(hashtextextended('survey:' || :name, 0)))"
                                + " locked",
                        Map.of("name", definition.name()))
                .chain(() -> NativeSql.rows(
                        "SELECT coalesce(max(version), 0) + 1, count(*) FROM survey WHERE name = :name",
                        Map.of("name", definition.name())))
                .chain(rows -> {
                    int version = ((Number) rows.get(0)[0]).intValue();
                    return NativeSql.execute(
                                    "INSERT INTO survey (" + COLUMNS
                                            + ") VALUES (:id, :name, :version, :kind, :subject,"
                                            + " :intro, :questions, :by, :at)",
                                    Map.of(
                                            "id",
                                            id,
                                            "name",
                                            definition.name(),
                                            "version",
                                            version,
                                            "kind",
                                            definition.kind().name(),
                                            "subject",
                                            definition.subject(),
                                            "intro",
                                            definition.intro(),
                                            "questions",
                                            write(definition.questions()),
                                            "by",
                                            by,
                                            "at",
                                            at))
                            .replaceWith(new Survey(id, version, definition, by, at));
                });
    }

    public Uni<Survey> find(UUID id) {
        return NativeSql.rows("SELECT " + COLUMNS + " FROM survey WHERE id = :id", Map.of("id", id))
                .map(rows -> rows.isEmpty() ? null : survey(rows.get(0)));
    }

    /** The latest version of each name, by name. */
    public Uni<List<Survey>> latest() {
        return NativeSql.rows(
                        "SELECT DISTINCT ON (name) " + COLUMNS + " FROM survey ORDER BY name, version DESC LIMIT 500",
                        Map.of())
                .map(rows -> rows.stream().map(this::survey).toList());
    }

    private Survey survey(Object[] row) {
        SurveyDefinition definition = new SurveyDefinition(
                (String) row[1], SurveyKind.valueOf((String) row[3]), (String) row[4], (String) row[5], read((String)
                        row[6]));
        return new Survey(
                (UUID) row[0], ((Number) row[2]).intValue(), definition, (String) row[7], Rows.instant(row[8]));
    }

    private String write(List<Question> questions) {
        try {
            return json.writeValueAsString(questions);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Questions cannot be written as JSON", e);
        }
    }

    private List<Question> read(String questions) {
        try {
            return json.readValue(questions, QUESTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored questions are not JSON", e);
        }
    }
}
