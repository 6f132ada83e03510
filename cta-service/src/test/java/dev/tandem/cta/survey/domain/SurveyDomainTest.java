package dev.tandem.cta.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.tandem.cta.email.domain.ClientLimits;
import dev.tandem.cta.email.domain.UnsubscribeToken;
import dev.tandem.platform.problem.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The survey rules in plain Java: the figures, the tokens, what a definition and an answer may be. */
class SurveyDomainTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void npsIsThePercentageOfPromotersLessThatOfDetractors() {
        // The textbook example: of 10 answers, 5 promoters, 3 passives, 2 detractors: 50 % - 20 % = 30.
        ScoreTally tally = ScoreTally.of(SurveyKind.NPS, Map.of(10, 3L, 9, 2L, 8, 2L, 7, 1L, 6, 1L, 0, 1L));
        assertThat(tally.nps()).isEqualTo(30);
        assertThat(tally.promoters()).isEqualTo(5);
        assertThat(tally.passives()).isEqualTo(3);
        assertThat(tally.detractors()).isEqualTo(2);
        assertThat(ScoreTally.of(SurveyKind.NPS, Map.of()).nps()).isNull();
    }

    @Test
    void csatIsTheShareOfSatisfiedAnswers() {
        ScoreTally tally = ScoreTally.of(SurveyKind.CSAT, Map.of(5, 2L, 4, 1L, 3, 1L, 1, 1L));
        assertThat(tally.csatPercent()).isEqualTo(60);
        assertThat(tally.mean()).isEqualTo(3.6);
        assertThat(tally.detractors()).isEqualTo(1);
    }

    @Test
    void aResponseTokenIsValidUntilItExpiresAndForgedWhenChanged() {
        UUID send = UUID.randomUUID();
        String token = new ResponseToken(send, NOW.plusSeconds(60)).sign("secret");
        ResponseToken.Reading reading = ResponseToken.read("secret", token, NOW);
        assertThat(reading.verdict()).isEqualTo(ResponseToken.Verdict.VALID);
        assertThat(reading.token().orElseThrow().sendId()).isEqualTo(send);
        assertThat(ResponseToken.read("secret", token, NOW.plusSeconds(61)).verdict())
                .isEqualTo(ResponseToken.Verdict.EXPIRED);
        assertThat(ResponseToken.read("other", token, NOW).verdict()).isEqualTo(ResponseToken.Verdict.FORGED);
        String later = token.replace("." + NOW.plusSeconds(60).getEpochSecond() + ".", "." + 4102444800L + ".");
        assertThat(ResponseToken.read("secret", later, NOW).verdict()).isEqualTo(ResponseToken.Verdict.FORGED);
        for (String junk : new String[] {null, "", ".", "a.b", "x".repeat(600), "..."}) {
            assertThat(ResponseToken.read("secret", junk, NOW).verdict()).isEqualTo(ResponseToken.Verdict.FORGED);
        }
        // An unsubscribe token is signed for another purpose, so it answers no survey.
        assertThat(ResponseToken.read("secret", UnsubscribeToken.of("secret", "a@b.example"), NOW)
                        .verdict())
                .isEqualTo(ResponseToken.Verdict.FORGED);
    }

    @Test
    void anUnsubscribeTokenNamesItsAddressLowerCase() {
        String token = UnsubscribeToken.of("secret", " Ada@Example.COM ");
        assertThat(UnsubscribeToken.read("secret", token)).contains("ada@example.com");
        assertThat(UnsubscribeToken.read("other", token)).isEmpty();
    }

    @Test
    void answersMustFitTheQuestions() {
        List<Question> nps = new SurveyDefinition("NPS", SurveyKind.NPS, "s", "i", List.of()).asked();
        assertThat(AnswerCheck.problems(nps, Map.of("score", NODES.numberNode(10))))
                .isEmpty();
        assertThat(fields(AnswerCheck.problems(nps, Map.of()))).containsExactly("answers.score");
        assertThat(fields(AnswerCheck.problems(nps, Map.of("score", NODES.numberNode(11)))))
                .containsExactly("answers.score");
        assertThat(fields(AnswerCheck.problems(nps, Map.of("score", NODES.numberNode(7.0)))))
                .containsExactly("answers.score");
        assertThat(fields(AnswerCheck.problems(
                        nps, Map.<String, JsonNode>of("score", NODES.numberNode(7), "extra", NODES.textNode("x")))))
                .containsExactly("answers.extra");

        assertThat(fields(AnswerCheck.problems(
                        nps, Map.of("score", NODES.numberNode(7), "comment", NODES.textNode("a\u0000b")))))
                .containsExactly("answers.comment");

        Question plan =
                new Question("plan", QuestionKind.CHOICE, "Which plan?", null, null, List.of("Free", "Pro"), true);
        assertThat(AnswerCheck.problems(List.of(plan), Map.of("plan", NODES.textNode("Pro"))))
                .isEmpty();
        assertThat(fields(AnswerCheck.problems(List.of(plan), Map.of("plan", NODES.textNode("Gold")))))
                .containsExactly("answers.plan");
    }

    @Test
    void aCustomSurveyAsksOneToTenWellFormedQuestions() {
        Question scale = Question.scale("ease", "How easy?", 1, 7);
        assertThat(new SurveyDefinition("x", SurveyKind.CUSTOM, "s", "i", List.of(scale)).problems())
                .isEmpty();
        assertThat(fields(new SurveyDefinition("x", SurveyKind.CUSTOM, "s", "i", List.of()).problems()))
                .containsExactly("questions");
        assertThat(fields(new SurveyDefinition("x", SurveyKind.CUSTOM, "s", "i", List.of(scale, scale)).problems()))
                .containsExactly("questions[1].key");
        assertThat(fields(new SurveyDefinition(
                                "x", SurveyKind.CUSTOM, "s", "i", List.of(Question.scale("bad", "Backwards", 5, 1)))
                        .problems()))
                .containsExactly("questions[0].max");
        assertThat(fields(new SurveyDefinition("x", SurveyKind.NPS, "s", "i", List.of(scale)).problems()))
                .containsExactly("questions");
    }

    @Test
    void aClientPastItsBudgetWaits() {
        ClientLimits limits = new ClientLimits(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("10.0.0.1", NOW)).isEmpty();
        }
        assertThat(limits.take("10.0.0.1", NOW)).isPresent();
        assertThat(limits.take("10.0.0.2", NOW)).isEmpty();
        assertThat(limits.take("10.0.0.1", NOW.plusSeconds(20))).isEmpty();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
