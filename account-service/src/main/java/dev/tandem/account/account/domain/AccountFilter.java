package dev.tandem.account.account.domain;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which accounts a list shows; every criterion is optional and they all must hold.
 *
 * @param renewalBefore accounts whose next renewal falls before this day
 * @param nameContains a case-insensitive part of the name
 * @param bands accounts whose health is in any of these bands; empty for any health
 */
public record AccountFilter(
        LifecycleStage stage,
        TouchModel touchModel,
        String csmId,
        String plan,
        LocalDate renewalBefore,
        String nameContains,
        Set<ScoreBand> bands) {

    public AccountFilter {
        bands = bands == null ? Set.of() : Set.copyOf(bands);
    }
}
