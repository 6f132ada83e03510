package dev.tandem.cta.survey.service;

import dev.tandem.cta.survey.repository.CampaignStore;
import dev.tandem.platform.jobs.Drain;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Turns due campaigns into invitations. Each campaign is chosen for in one transaction: its invitations and its DONE
 * status commit together, so a crash leaves it queued to run again, and a run never queues a person twice.
 */
@ApplicationScoped
public class CampaignRunner {

    private static final Logger LOG = Logger.getLogger(CampaignRunner.class);

    private final CampaignStore campaigns;
    private final Clock clock;

    public CampaignRunner(CampaignStore campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Scheduled(
            identity = "survey-campaign-runner",
            every = "${tandem.cta.surveys.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** Runs every campaign that is due; returns how many ran. */
    public Uni<Integer> run() {
        return run(clock.instant());
    }

    /**
     * Runs every campaign due at {@code now}, as the scheduler does at that moment: what is scheduled up to then joins
     * the queue. Recipients are chosen, and invitations dated, at the clock's time.
     */
    public Uni<Integer> run(Instant now) {
        return Panache.withTransaction(() -> campaigns.queueDue(now))
                .chain(() -> Drain.total(this::runOne, ran -> ran > 0));
    }

    private Uni<Integer> runOne() {
        return Panache.withTransaction(() -> campaigns.claimNext().chain(campaign -> {
            if (campaign == null) {
                return Uni.createFrom().item(0);
            }
            Instant now = clock.instant();
            return campaigns.chooseRecipients(campaign, now).map(recipients -> {
                LOG.infof("Survey campaign %s queued %d invitations", campaign.id(), recipients);
                return 1;
            });
        }));
    }
}
