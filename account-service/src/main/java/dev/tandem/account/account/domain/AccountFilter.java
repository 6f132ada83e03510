package dev.tandem.account.account.domain;

import dev.tandem.events.account.LifecycleStage;
import dev.tandem.events.account.TouchModel;
import java.time.LocalDate;

/**
 * Which accounts a list shows; every criterion is optional and they all must hold.
 *
 * @param renewalBefore accounts whose next renewal falls before this day
 * @param nameContains a case-insensitive part of the name
 */
public record AccountFilter(
        LifecycleStage stage,
        TouchModel touchModel,
        String csmId,
        String plan,
        LocalDate renewalBefore,
        String nameContains) {}
