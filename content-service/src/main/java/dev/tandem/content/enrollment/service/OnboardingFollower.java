package dev.tandem.content.enrollment.service;

import dev.tandem.content.account.service.AccountFollower;
import dev.tandem.events.account.ContractEvent;
import dev.tandem.events.account.ContractStarted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Onboarding's part in account.events: a contract that starts may enroll its account; erasure forgets it. */
@ApplicationScoped
public class OnboardingFollower implements AccountFollower {

    private final EnrollmentService enrollments;
    private final AccountErasure erasure;

    public OnboardingFollower(EnrollmentService enrollments, AccountErasure erasure) {
        this.enrollments = enrollments;
        this.erasure = erasure;
    }

    @Override
    public Uni<Void> contract(ContractEvent contract) {
        // Changes, renewals and ends do not bear on onboarding.
        return contract instanceof ContractStarted started
                ? enrollments.contractStarted(started)
                : Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> erased(UUID accountId, String externalId) {
        return erasure.erase(accountId, externalId);
    }
}
