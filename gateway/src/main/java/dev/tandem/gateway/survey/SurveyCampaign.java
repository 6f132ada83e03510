package dev.tandem.gateway.survey;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A sending of a survey version to an audience, by e-mail or in-app through a webhook;"
        + " surveyCampaignResults has what came back.")
public record SurveyCampaign(
        @NonNull UUID id,
        @NonNull @Description("The survey version sent") UUID surveyId,
        @NonNull String name,
        @NonNull SurveyAudience audience,

        @NonNull @Description("Nobody surveyed (by any campaign) within this many days is asked again")
        int throttleDays,

        @NonNull @Description("How many days the response links stay valid")
        int expiresDays,

        @Description("When it is sent; null: at once") Instant sendAt,
        @NonNull CampaignStatus status,

        @NonNull @Description("Invitations queued, once DONE")
        int recipients,

        @NonNull String createdBy,
        @NonNull Instant createdAt,
        @NonNull SurveyChannel channel,

        @Description("WEBHOOK: where the invitations are posted; whole for cs-admins, cut to its host for everyone"
                + " else since it may hold the receiver's credential. Null for EMAIL")
        String webhookUrl) {}
