package dev.tandem.cta.survey.service;

import dev.tandem.cta.email.domain.OutgoingEmail;
import dev.tandem.cta.survey.domain.Invitation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renders an invitation for its recipient with the Qute templates under {@code templates/InvitationRenderer/}: HTML
 * (escaped) and plain text, with the personal response link and the unsubscribe link.
 */
@ApplicationScoped
public class InvitationRenderer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitation(InvitationView view);

        static native TemplateInstance invitationText(InvitationView view);
    }

    /**
     * What the templates show.
     *
     * @param greeting the recipient's name, or a neutral greeting where the projection has none
     * @param troubled whether the account's health is in the red band: the e-mail then says it knows
     */
    public record InvitationView(
            String greeting,
            String accountName,
            String intro,
            boolean troubled,
            Integer activeUsers,
            String answerUrl,
            String unsubscribeUrl,
            String expiresOn) {}

    public OutgoingEmail render(Invitation invitation, String answerUrl, String unsubscribeUrl) {
        InvitationView view = new InvitationView(
                invitation.recipientName() == null || invitation.recipientName().isBlank()
                        ? "Hello"
                        : "Hello " + invitation.recipientName(),
                invitation.accountName() == null ? "your team" : invitation.accountName(),
                invitation.intro(),
                "RED".equals(invitation.band()),
                invitation.activeUsers(),
                answerUrl,
                unsubscribeUrl,
                invitation.expiresAt().toString().substring(0, 10));
        return new OutgoingEmail(
                invitation.email(),
                invitation.subject(),
                Templates.invitation(view).render(),
                Templates.invitationText(view).render(),
                unsubscribeUrl);
    }
}
