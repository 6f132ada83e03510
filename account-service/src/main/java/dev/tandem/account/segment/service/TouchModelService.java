package dev.tandem.account.segment.service;

import dev.tandem.account.audit.service.AuditLog;
import dev.tandem.account.segment.domain.BandBasis;
import dev.tandem.account.segment.domain.TouchModelBands;
import dev.tandem.account.segment.repository.TouchModelBandsRepository;
import dev.tandem.events.account.SegmentChanged;
import dev.tandem.events.account.TouchModel;
import dev.tandem.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bands that decide touch models, in ARR or in expected LTV; changing them re-segments every account they move, at
 * once. LTV bands are measured against the last 365 days' churn when they are set.
 */
@ApplicationScoped
public class TouchModelService {

    /** The bands now in force, and how many accounts changing them moved. */
    public record BandsChange(TouchModelBands bands, int accountsMoved) {}

    private record Standing(UUID id, BigDecimal arr, String plan, TouchModel touchModel, boolean community) {}

    private final TouchModelBandsRepository bands;
    private final ChurnMeasure churn;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public TouchModelService(
            TouchModelBandsRepository bands, ChurnMeasure churn, Outbox outbox, AuditLog audit, Clock clock) {
        this.bands = bands;
        this.churn = churn;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<TouchModelBands> current() {
        return bands.current();
    }

    /** Bands from {@code highFrom} and {@code lowFrom} in {@code basis}; 422 for LTV when no logo churned in a year. */
    @WithTransaction
    public Uni<BandsChange> change(BigDecimal highFrom, BigDecimal lowFrom, BandBasis basis) {
        Uni<TouchModelBands> measured = basis == BandBasis.ARR
                ? Uni.createFrom().item(new TouchModelBands(highFrom, lowFrom))
                : churn.lastYear(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .map(lifetimes -> new TouchModelBands(highFrom, lowFrom, basis, lifetimes));
        return measured.chain(newBands -> bands.replace(newBands)
                .chain(() -> audit.record(
                        null,
                        "touch-model-bands.changed",
                        "high-touch from %s %s, low-touch from %s"
                                .formatted(
                                        newBands.highFrom().toPlainString(),
                                        basis,
                                        newBands.lowFrom().toPlainString())))
                .chain(() -> resegment(newBands))
                .map(moved -> new BandsChange(newBands, moved)));
    }

    /** Moves every account whose ARR now falls in another band, announcing each move. */
    private Uni<Integer> resegment(TouchModelBands newBands) {
        Instant now = clock.instant();
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "SELECT id, arr, plan, touchModel, community FROM Account", Standing.class)
                        .getResultList())
                .chain(accounts -> {
                    Map<TouchModel, List<UUID>> moves = new EnumMap<>(TouchModel.class);
                    List<SegmentChanged> events = new ArrayList<>();
                    for (Standing account : accounts) {
                        TouchModel next = newBands.touchModelFor(account.arr(), account.plan());
                        if (next != account.touchModel()) {
                            moves.computeIfAbsent(next, model -> new ArrayList<>())
                                    .add(account.id());
                            events.add(new SegmentChanged(
                                    account.id(), account.touchModel(), next, account.community(), now));
                        }
                    }
                    return move(moves, now).chain(() -> announce(events)).replaceWith(events.size());
                });
    }

    private Uni<Void> move(Map<TouchModel, List<UUID>> moves, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var move : moves.entrySet()) {
            chain = chain.chain(() -> Panache.getSession()
                            .chain(session -> session.createMutationQuery(
                                            "UPDATE Account SET touchModel = :model, updatedAt = :now WHERE id IN :ids")
                                    .setParameter("model", move.getKey())
                                    .setParameter("now", now)
                                    .setParameter("ids", move.getValue())
                                    .executeUpdate()))
                    .replaceWithVoid();
        }
        return chain;
    }

    private Uni<Void> announce(List<SegmentChanged> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SegmentChanged event : events) {
            chain = chain.chain(() -> outbox.append(event))
                    .chain(() -> audit.record(
                            event.accountId(),
                            "segment.changed",
                            "touch model %s -> %s: the bands changed"
                                    .formatted(event.previousTouchModel(), event.touchModel())));
        }
        return chain;
    }
}
