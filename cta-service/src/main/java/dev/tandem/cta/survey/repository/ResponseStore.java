package dev.tandem.cta.survey.repository;

import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.survey.domain.OpenInvitation;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Answers, one per invitation. */
@ApplicationScoped
public class ResponseStore {

    private final SurveyStore surveys;

    public ResponseStore(SurveyStore surveys) {
        this.surveys = surveys;
    }

    /** The invitation of a response link, locked until the transaction ends when {@code lock}; null when unknown. */
    public Uni<OpenInvitation> invitation(UUID sendId, boolean lock) {
        return NativeSql.rows("""
                        SELECT s.id, s.campaign_id, s.survey_id, s.account_id, a.external_id, a.name, s.user_id,
                               u.external_id, s.status, s.answered_at
                        FROM survey_send s
                        LEFT JOIN account_ref a ON a.account_id = s.account_id
                        LEFT JOIN user_ref u ON u.user_id = s.user_id
                        WHERE s.id = :id
                        """ + (lock ? " FOR UPDATE OF s" : ""), Map.of("id", sendId))
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    Object[] row = rows.get(0);
                    return surveys.find((UUID) row[2])
                            .map(survey -> new OpenInvitation(
                                    (UUID) row[0],
                                    (UUID) row[1],
                                    survey,
                                    (UUID) row[3],
                                    (String) row[4],
                                    (String) row[5],
                                    (UUID) row[6],
                                    (String) row[7],
                                    (String) row[8],
                                    Rows.instant(row[9])));
                });
    }

    public Uni<Void> record(OpenInvitation invitation, Integer score, String comment, String answers, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put("send", invitation.sendId());
        values.put("campaign", invitation.campaignId());
        values.put("survey", invitation.survey().id());
        values.put("account", invitation.accountId());
        values.put("user", invitation.userId());
        values.put("score", score);
        values.put("comment", comment);
        values.put("answers", answers);
        values.put("at", at);
        return NativeSql.execute(
                        "INSERT INTO survey_response (send_id, campaign_id, survey_id, account_id, user_id, score,"
                                + " comment, answers, answered_at) VALUES (:send, :campaign, :survey, :account,"
                                + " :user, CAST(:score AS int), CAST(:comment AS text), :answers, :at)",
                        values)
                .chain(() -> NativeSql.execute(
                        "UPDATE survey_send SET answered_at = :at WHERE id = :send",
                        Map.of("at", at, "send", invitation.sendId())));
    }
}
