package dev.tandem.cta.playbook.rest;

import dev.tandem.cta.playbook.domain.Playbook;
import dev.tandem.cta.playbook.domain.PlaybookStep;
import dev.tandem.cta.playbook.service.PlaybookService.PlaybookWithSteps;
import java.util.List;
import java.util.UUID;

/** A playbook as the API shows it; {@code steps} is null in lists. */
public record PlaybookResponse(UUID id, String name, String description, boolean builtIn, List<PlaybookStep> steps) {

    static PlaybookResponse of(Playbook playbook) {
        return new PlaybookResponse(playbook.id, playbook.name, playbook.description, playbook.builtIn, null);
    }

    static PlaybookResponse of(PlaybookWithSteps found) {
        Playbook playbook = found.playbook();
        return new PlaybookResponse(playbook.id, playbook.name, playbook.description, playbook.builtIn, found.steps());
    }
}
