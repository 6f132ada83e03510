package dev.tandem.cta.survey.rest;

import dev.tandem.cta.survey.domain.Audience;
import dev.tandem.cta.survey.domain.SurveyChannel;
import dev.tandem.cta.survey.service.CampaignService;
import dev.tandem.cta.survey.service.CampaignService.NewCampaign;
import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import dev.tandem.events.account.UserRole;
import dev.tandem.platform.problem.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A campaign as POST takes it.
 *
 * @param sendAt when to send; now when left out
 * @param throttleDays nobody surveyed (by any campaign) within this many days is asked again; 90 when left out
 * @param expiresDays how long the response links stay valid; 14 when left out
 * @param channel EMAIL (when left out) or WEBHOOK, an in-app survey the vendor's product shows
 * @param webhookUrl where each WEBHOOK invitation is posted, signed; a secret shown whole to cs-admins only
 */
public record CampaignRequest(
        @NotNull(message = "is required") UUID surveyId,

        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String name,

        @Valid AudienceRequest audience,
        Instant sendAt,

        @Min(value = 0, message = "must be 0 to 365") @Max(value = 365, message = "must be 0 to 365")
        Integer throttleDays,

        @Min(value = 1, message = "must be 1 to 90") @Max(value = 90, message = "must be 1 to 90")
        Integer expiresDays,

        SurveyChannel channel,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String webhookUrl) {

    /**
     * Who is asked: each list narrows the audience, an empty or missing one does not; {@code cohortFrom} and
     * {@code cohortTo} (YYYY-MM, inclusive, either may be left out) keep the accounts whose customer life began in
     * those months.
     */
    public record AudienceRequest(
            @Size(max = 10, message = "must name at most 10")
            List<@NotNull(message = "must not be null") TouchModel> touchModels,

            @Size(max = 10, message = "must name at most 10")
            List<@NotNull(message = "must not be null") LifecycleStage> stages,

            @Size(max = 50, message = "must name at most 50")
            List<
                            @NotBlank(message = "must not be blank")
                            @Size(max = 100, message = "must be at most 100 characters") String>
                    plans,

            @Size(max = 10, message = "must name at most 10")
            List<@NotNull(message = "must not be null") UserRole> roles,

            @Size(max = 1000, message = "must name at most 1000")
            List<@NotNull(message = "must not be null") UUID> accountIds,

            @Pattern(regexp = MONTH, message = "must be a month as YYYY-MM")
            String cohortFrom,

            @Pattern(regexp = MONTH, message = "must be a month as YYYY-MM")
            String cohortTo) {

        /** A month from 1900 to 2199: cohorts are customers' start months, nothing further off. */
        static final String MONTH = "(19|20|21)\\d\\d-(0[1-9]|1[0-2])";

        Audience toAudience() {
            YearMonth from = cohortFrom == null ? null : YearMonth.parse(cohortFrom);
            YearMonth to = cohortTo == null ? null : YearMonth.parse(cohortTo);
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidInputException("audience.cohortTo", "must not be before cohortFrom");
            }
            return new Audience(touchModels, stages, plans, roles, accountIds, from, to);
        }
    }

    NewCampaign toCampaign() {
        Audience who = audience == null ? new Audience(null, null, null, null, null) : audience.toAudience();
        return new NewCampaign(
                surveyId,
                name.strip(),
                who,
                throttleDays == null ? 90 : throttleDays,
                expiresDays == null ? CampaignService.DEFAULT_EXPIRES_DAYS : expiresDays,
                sendAt,
                channel == null ? SurveyChannel.EMAIL : channel,
                webhookUrl == null ? null : webhookUrl.strip());
    }
}
