package dev.tandem.cta.survey.service;

import dev.tandem.cta.delivery.service.OutboundPolicy;
import dev.tandem.cta.survey.domain.Audience;
import dev.tandem.cta.survey.domain.Campaign;
import dev.tandem.cta.survey.domain.SurveyChannel;
import dev.tandem.cta.survey.repository.CampaignStore;
import dev.tandem.cta.survey.repository.SurveyStore;
import dev.tandem.events.account.UserRole;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns as a cs-admin starts them: now (queued at once) or at a time (scheduled until then), by e-mail or through
 * an in-app webhook.
 */
@ApplicationScoped
public class CampaignService {

    /** How far ahead a campaign may be scheduled. */
    static final long MAX_DAYS_AHEAD = 366;

    /** How long response links stay valid when a campaign does not say. */
    public static final int DEFAULT_EXPIRES_DAYS = 14;

    private final CampaignStore campaigns;
    private final SurveyStore surveys;
    private final OutboundPolicy outbound;
    private final Clock clock;

    public CampaignService(CampaignStore campaigns, SurveyStore surveys, OutboundPolicy outbound, Clock clock) {
        this.campaigns = campaigns;
        this.surveys = surveys;
        this.outbound = outbound;
        this.clock = clock;
    }

    /** What a request asks for; {@code sendAt} null means now, {@code webhookUrl} is for the WEBHOOK channel only. */
    public record NewCampaign(
            UUID surveyId,
            String name,
            Audience audience,
            int throttleDays,
            int expiresDays,
            Instant sendAt,
            SurveyChannel channel,
            String webhookUrl) {}

    @WithTransaction
    public Uni<Campaign> start(NewCampaign request, String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (request.sendAt() != null && request.sendAt().isAfter(now.plus(MAX_DAYS_AHEAD, ChronoUnit.DAYS))) {
            throw new InvalidInputException("sendAt", "must be within a year from now");
        }
        refusalOfWebhook(request).ifPresent(reason -> {
            throw new InvalidInputException("webhookUrl", reason);
        });
        return surveys.find(request.surveyId()).chain(survey -> {
            if (survey == null) {
                throw new InvalidInputException("surveyId", "is not a survey; GET /api/v1/surveys lists them");
            }
            boolean later = request.sendAt() != null && request.sendAt().isAfter(now);
            Campaign campaign = new Campaign(
                    UUID.randomUUID(),
                    survey.id(),
                    request.name(),
                    request.audience(),
                    request.throttleDays(),
                    request.expiresDays(),
                    later ? request.sendAt().truncatedTo(ChronoUnit.MICROS) : now,
                    later ? "SCHEDULED" : "QUEUED",
                    0,
                    by,
                    now,
                    request.channel(),
                    request.webhookUrl());
            return campaigns.insert(campaign).replaceWith(campaign);
        });
    }

    /** Why the campaign's webhook URL cannot be used: missing, unasked for, or pointing inside the platform. */
    private Optional<String> refusalOfWebhook(NewCampaign request) {
        if (request.channel() != SurveyChannel.WEBHOOK) {
            return request.webhookUrl() == null ? Optional.empty() : Optional.of("is only for the WEBHOOK channel");
        }
        if (request.webhookUrl() == null || request.webhookUrl().isBlank()) {
            return Optional.of("is required for the WEBHOOK channel");
        }
        String url = request.webhookUrl().toLowerCase(Locale.ROOT);
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return Optional.of("must be an http or https URL");
        }
        return outbound.refusalOfWritten(request.webhookUrl());
    }

    /**
     * Queues a campaign of {@code surveyId} to the end users of one account, in the caller's transaction: a rule that
     * fires sends its survey this way, so it commits with the firing, and unsubscribes, bounces and the throttle apply
     * as to any campaign. With a delay it is SCHEDULED that many days ahead, a row any replica runs when it is due, so
     * a restart loses nothing and the firing, recorded once, schedules it once.
     */
    public Uni<Campaign> queueForAccount(
            UUID surveyId,
            UUID accountId,
            List<UserRole> roles,
            int throttleDays,
            int delayDays,
            String name,
            String by) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant sendAt = now.plus(delayDays, ChronoUnit.DAYS);
        Campaign campaign = new Campaign(
                UUID.randomUUID(),
                surveyId,
                name,
                new Audience(null, null, null, roles, List.of(accountId)),
                throttleDays,
                DEFAULT_EXPIRES_DAYS,
                sendAt,
                delayDays > 0 ? "SCHEDULED" : "QUEUED",
                0,
                by,
                now,
                SurveyChannel.EMAIL,
                null);
        return campaigns.insert(campaign).replaceWith(campaign);
    }

    @WithSession
    public Uni<Campaign> get(UUID id) {
        return campaigns.find(id).map(campaign -> {
            if (campaign == null) {
                throw new NotFoundException("Survey campaign", id);
            }
            return campaign;
        });
    }

    @WithSession
    public Uni<List<Campaign>> newest(int limit) {
        return campaigns.newest(limit);
    }
}
