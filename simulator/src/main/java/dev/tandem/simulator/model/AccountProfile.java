package dev.tandem.simulator.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account as generated, before its simulated days: who it is, what is really going on with it, and how its story
 * ends.
 *
 * @param arr the contract's ARR; zero for a free account
 * @param seats contracted seats; zero for a free account
 * @param contractStart the day its paid contract starts; for a free account that converts, the day it converts; null
 *     for one that stays free
 * @param renewal one year after {@code contractStart}; null without a contract
 * @param initialUsers end users it has on the day it signs up
 * @param signUpDay the simulated day it signs up on: 0 for the accounts there from the start, later for free
 *     accounts that find the product during the run
 * @param signedUpAt when it signed up: on its sign-up day, or before the first day for the accounts already there
 * @param drivers what drives its behaviours other than product use
 * @param churnsOn the renewal on which it leaves, decided by {@link ChurnModel} from its use then; null when it renews
 *     every time up to its first renewal after today
 */
public record AccountProfile(
        int index,
        String id,
        String name,
        String industry,
        String employeeBand,
        HiddenState state,
        Outcome outcome,
        boolean startsFree,
        BigDecimal arr,
        int seats,
        LocalDate contractStart,
        LocalDate renewal,
        int initialUsers,
        int signUpDay,
        Instant signedUpAt,
        Drivers drivers,
        LocalDate churnsOn) {

    public static final String CURRENCY = "USD";
    public static final String PAID_PLAN = "Business";

    public boolean hasContract() {
        return contractStart != null;
    }

    public String contractId() {
        return id + "-c1";
    }

    public String userId(int number) {
        return id + "-u" + number;
    }
}
