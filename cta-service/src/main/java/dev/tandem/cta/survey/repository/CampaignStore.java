package dev.tandem.cta.survey.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.cta.account.domain.Cohort;
import dev.tandem.cta.account.repository.Rows;
import dev.tandem.cta.survey.domain.Audience;
import dev.tandem.cta.survey.domain.Campaign;
import dev.tandem.cta.survey.domain.SurveyChannel;
import dev.tandem.platform.sql.NativeSql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Campaigns, and the job of choosing their recipients. */
@ApplicationScoped
public class CampaignStore {

    private static final String COLUMNS = "id, survey_id, name, audience, throttle_days, expires_days, send_at, status,"
            + " recipients, created_by, created_at, channel, webhook_url";

    /**
     * Everyone of the audience with an address (in-app invitations need none), but those unsubscribed or bounced and
     * those surveyed (by any campaign) within the throttle; one invitation per person and campaign, whatever runs
     * twice.
     */
    private static final String CHOOSE = """
            INSERT INTO survey_send (id, campaign_id, survey_id, account_id, user_id, email, status, attempts,
                                     next_attempt_at, expires_at, created_at)
            SELECT gen_random_uuid(), :campaign, :survey, u.account_id, u.user_id, coalesce(u.email, ''), 'PENDING', 0,
                   :now,
                   :expires, :now
            FROM user_ref u JOIN account_ref a ON a.account_id = u.account_id
            WHERE NOT a.erased AND (u.email LIKE '%@%' OR :inApp)
              AND (cardinality(CAST(:touchModels AS text[])) = 0 OR a.touch_model = ANY (CAST(:touchModels AS text[])))
              AND (cardinality(CAST(:stages AS text[])) = 0 OR a.stage = ANY (CAST(:stages AS text[])))
              AND (cardinality(CAST(:plans AS text[])) = 0 OR a.plan = ANY (CAST(:plans AS text[])))
              AND (cardinality(CAST(:roles AS text[])) = 0 OR u.role = ANY (CAST(:roles AS text[])))
              AND (cardinality(CAST(:accounts AS uuid[])) = 0 OR a.account_id = ANY (CAST(:accounts AS uuid[])))
              AND (CAST(:cohortFrom AS date) IS NULL OR a.cohort >= CAST(:cohortFrom AS date))
              AND (CAST(:cohortTo AS date) IS NULL OR a.cohort <= CAST(:cohortTo AS date))
              AND NOT EXISTS (SELECT 1 FROM email_suppression s WHERE s.email = lower(coalesce(u.email, '')))
              AND NOT EXISTS (SELECT 1 FROM survey_send p WHERE p.user_id = u.user_id AND p.created_at > :since
                                                          AND p.status IN ('PENDING', 'SENT'))
            ON CONFLICT (campaign_id, user_id) DO NOTHING
            """;

    private final ObjectMapper json;

    public CampaignStore(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> insert(Campaign campaign) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", campaign.id());
        values.put("survey", campaign.surveyId());
        values.put("name", campaign.name());
        values.put("audience", write(campaign.audience()));
        values.put("throttle", campaign.throttleDays());
        values.put("expires", campaign.expiresDays());
        values.put("sendAt", campaign.sendAt());
        values.put("status", campaign.status());
        values.put("by", campaign.createdBy());
        values.put("at", campaign.createdAt());
        values.put("channel", campaign.channel().name());
        values.put("url", campaign.webhookUrl());
        return NativeSql.execute(
                "INSERT INTO survey_campaign (id, survey_id, name, audience, throttle_days, expires_days, send_at,"
                        + " status, created_by, created_at, channel, webhook_url) VALUES (:id, :survey, :name,"
                        + " :audience, :throttle, :expires, :sendAt, :status, :by, :at, :channel,"
                        + " CAST(:url AS text))",
                values);
    }

    public Uni<Campaign> find(UUID id) {
        return NativeSql.rows("SELECT " + COLUMNS + " FROM survey_campaign WHERE id = :id", Map.of("id", id))
                .map(rows -> rows.isEmpty() ? null : campaign(rows.get(0)));
    }

    /** Newest first, at most {@code limit}. */
    public Uni<List<Campaign>> newest(int limit) {
        return NativeSql.rows(
                        "SELECT " + COLUMNS + " FROM survey_campaign ORDER BY created_at DESC, id LIMIT :limit",
                        Map.of("limit", limit))
                .map(rows -> rows.stream().map(this::campaign).toList());
    }

    /** Scheduled campaigns whose time has come join the queue. */
    public Uni<Void> queueDue(Instant now) {
        return NativeSql.execute(
                "UPDATE survey_campaign SET status = 'QUEUED' WHERE status = 'SCHEDULED' AND send_at <= :now",
                Map.of("now", now));
    }

    /**
     * Claims the oldest queued campaign, locked until the transaction ends; replicas skip each other's. Null when none
     * waits.
     */
    public Uni<Campaign> claimNext() {
        return NativeSql.rows(
                        "SELECT " + COLUMNS + " FROM survey_campaign WHERE status = 'QUEUED' ORDER BY created_at"
                                + " LIMIT 1 FOR UPDATE SKIP LOCKED",
                        Map.of())
                .map(rows -> rows.isEmpty() ? null : campaign(rows.get(0)));
    }

    /**
     * Queues the campaign's invitations and marks it DONE, in the caller's transaction. Recipient choices are made one
     * campaign at a time across replicas (an advisory lock), so two campaigns at once still honour the throttle.
     */
    public Uni<Integer> chooseRecipients(Campaign campaign, Instant now) {
        Audience audience = campaign.audience();
        Map<String, Object> values = new HashMap<>();
        values.put("campaign", campaign.id());
        values.put("survey", campaign.surveyId());
        values.put("now", now);
        values.put("expires", now.plus(campaign.expiresDays(), ChronoUnit.DAYS));
        values.put("since", now.minus(campaign.throttleDays(), ChronoUnit.DAYS));
        values.put(
                "touchModels", audience.touchModels().stream().map(Enum::name).toArray(String[]::new));
        values.put("stages", audience.stages().stream().map(Enum::name).toArray(String[]::new));
        values.put("plans", audience.plans().toArray(String[]::new));
        values.put("roles", audience.roles().stream().map(Enum::name).toArray(String[]::new));
        values.put("accounts", audience.accountIds().toArray(UUID[]::new));
        values.put("inApp", campaign.channel() == SurveyChannel.WEBHOOK);
        values.put("cohortFrom", Cohort.firstDay(audience.cohortFrom()));
        values.put("cohortTo", Cohort.firstDay(audience.cohortTo()));
        return NativeSql.rows(
                        "SELECT count(*), 0 FROM (SELECT pg_advisory_xact_lock(hashtextextended('survey-recipients',"
                                + " 0))) locked",
                        Map.of())
                .chain(() -> NativeSql.execute(CHOOSE, values))
                .chain(() -> NativeSql.rows(
                        "SELECT count(*), 0 FROM survey_send WHERE campaign_id = :id", Map.of("id", campaign.id())))
                .chain(rows -> {
                    int recipients = ((Number) rows.get(0)[0]).intValue();
                    return NativeSql.execute(
                                    "UPDATE survey_campaign SET status = 'DONE', recipients = :n WHERE id = :id",
                                    Map.of("n", recipients, "id", campaign.id()))
                            .replaceWith(recipients);
                });
    }

    private Campaign campaign(Object[] row) {
        return new Campaign(
                (UUID) row[0],
                (UUID) row[1],
                (String) row[2],
                read((String) row[3]),
                ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue(),
                Rows.instant(row[6]),
                (String) row[7],
                ((Number) row[8]).intValue(),
                (String) row[9],
                Rows.instant(row[10]),
                SurveyChannel.valueOf((String) row[11]),
                (String) row[12]);
    }

    private String write(Audience audience) {
        try {
            return json.writeValueAsString(audience);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An audience cannot be written as JSON", e);
        }
    }

    private Audience read(String audience) {
        try {
            return json.readValue(audience, Audience.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored audience is not JSON", e);
        }
    }
}
