package dev.tandem.cta.cta.rest;

import dev.tandem.cta.cta.domain.QueueItem;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a CSM's cockpit: the CTA, what ranked it, and its urgency (0 to 100). */
public record QueueItemResponse(
        CtaResponse cta,
        String accountName,
        Integer healthScore,
        BigDecimal arr,
        LocalDate renewalDate,
        double urgency) {

    static QueueItemResponse of(QueueItem item) {
        return new QueueItemResponse(
                CtaResponse.of(item.cta()),
                item.account().name(),
                item.account().score(),
                item.account().arr(),
                item.account().renewalDate(),
                Math.round(item.urgency() * 10) / 10.0);
    }
}
