package dev.tandem.account.retention.service;

import dev.tandem.account.retention.domain.BandForecast;
import dev.tandem.account.retention.domain.RenewalForecast;
import dev.tandem.account.retention.domain.Renewals;
import dev.tandem.account.retention.repository.ForecastRepository;
import dev.tandem.account.retention.repository.ForecastRepository.BandTotal;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The renewals coming up in the next days, and the ARR they are expected to bring. */
@ApplicationScoped
public class RenewalForecastService {

    /** The bands in the order a CS lead reads them: the risk first; NA is an account without a score. */
    private static final List<String> BANDS = List.of("RED", "YELLOW", "GREEN", "NA");

    private final ForecastRepository repository;
    private final Clock clock;

    public RenewalForecastService(ForecastRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Renewals from today to {@code days} days ahead; the first {@code first} of them listed. */
    @WithSession
    public Uni<RenewalForecast> forecast(int days, int first) {
        LocalDate from = LocalDate.now(clock);
        LocalDate to = from.plusDays(days);
        return repository
                .upcomingByBand(from, to)
                .chain(totals -> repository
                        .historyByBand()
                        .chain(history -> repository.upcoming(from, to, first).map(renewals -> {
                            List<BandForecast> bands = BANDS.stream()
                                    .map(band -> {
                                        BandTotal total = totals.getOrDefault(band, new BandTotal(0, BigDecimal.ZERO));
                                        return BandForecast.of(
                                                band,
                                                total.contracts(),
                                                total.arr(),
                                                history.getOrDefault(band, Renewals.NONE));
                                    })
                                    .toList();
                            return RenewalForecast.of(from, to, bands, renewals);
                        })));
    }
}
