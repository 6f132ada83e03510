package dev.tandem.gateway.survey;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "What a survey campaign brought back: invitations by fate, response rate, the score overall, by touch model,"
                + " by cohort and by week, and the latest comments.")
public record SurveyResults(
        @NonNull SurveyKind kind,
        @NonNull @Description("Invitations queued") int invited,

        @NonNull @Description("E-mails the SMTP server accepted, bounced ones included")
        int sent,

        @NonNull int pending,
        @NonNull int failed,
        @NonNull int bounced,

        @NonNull @Description("Left unsent: the address unsubscribed or bounced meanwhile")
        int suppressed,

        @NonNull int responses,

        @Description("Answers per e-mail sent, 0 to 1; null before anything was sent")
        Double responseRate,

        @NonNull SurveyScore score,
        @NonNull List<@NonNull SurveySegment> bySegment,

        @NonNull @Description("By the month the accounts' customer life began, oldest first; UNKNOWN last")
        List<@NonNull SurveyCohort> byCohort,

        @NonNull @Description("Oldest first") List<@NonNull SurveyWeek> byWeek,
        @NonNull @Description("Newest first, at most 50") List<@NonNull SurveyComment> comments) {}
