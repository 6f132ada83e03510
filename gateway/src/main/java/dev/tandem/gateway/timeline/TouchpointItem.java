package dev.tandem.gateway.timeline;

import dev.tandem.events.cta.TouchpointSentiment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/** A call, meeting, QBR, e-mail, note or other touchpoint with the customer (cta-service). */
@Description("A touchpoint with the customer: a call, meeting, QBR, e-mail, note or a type a cs-admin added")
public class TouchpointItem extends BaseItem implements TimelineItem {

    private final UUID touchpointId;
    private final String type;
    private final String subject;
    private final String authorId;
    private final List<TouchpointParticipant> participants;
    private final TouchpointSentiment sentiment;

    TouchpointItem(
            Instant occurredAt,
            UUID touchpointId,
            String type,
            String subject,
            String authorId,
            List<TouchpointParticipant> participants,
            TouchpointSentiment sentiment) {
        super(occurredAt, TimelineKind.TOUCHPOINT, type + (subject == null ? "" : ": " + subject));
        this.touchpointId = touchpointId;
        this.type = type;
        this.subject = subject;
        this.authorId = authorId;
        this.participants = participants == null ? List.of() : List.copyOf(participants);
        this.sentiment = sentiment;
    }

    @Id
    public UUID getTouchpointId() {
        return touchpointId;
    }

    @Description("CALL, MEETING, QBR, EMAIL, NOTE, ONSITE or a type a cs-admin added")
    public String getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    @Description("The CSM's (or colleague's) user id who recorded it")
    public String getAuthorId() {
        return authorId;
    }

    @Description("The account's end users who took part, with the part each plays at the account")
    public List<TouchpointParticipant> getParticipants() {
        return participants;
    }

    @Description("How the customer came across, as the author judged it; null when not given")
    public TouchpointSentiment getSentiment() {
        return sentiment;
    }
}
