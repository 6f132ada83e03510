package dev.tandem.gateway.survey;

import org.eclipse.microprofile.graphql.Description;

@Description("SCHEDULED until its sendAt, QUEUED to be sent, RUNNING while its invitations are chosen, then DONE.")
public enum CampaignStatus {
    SCHEDULED,
    QUEUED,
    RUNNING,
    DONE
}
