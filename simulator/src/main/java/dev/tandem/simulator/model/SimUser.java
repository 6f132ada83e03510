package dev.tandem.simulator.model;

import java.time.Instant;

/** An end user of a simulated account, with what drives them. */
final class SimUser {

    static final int NEVER = -1;

    final String id;
    final String name;
    final String role;
    final Instant signedUpAt;
    String seat;
    /** How much more or less than the account's typical user this one uses the product. */
    final double propensity;

    final int joinedDay;
    /** The day the user activates their seat; {@link #NEVER} for a seat that stays unused. */
    final int activationDay;

    final String[] features;
    final String invitedBy;
    int invitesLeft;

    SimUser(
            String id,
            String name,
            String role,
            String seat,
            Instant signedUpAt,
            double propensity,
            int joinedDay,
            int activationDay,
            String[] features,
            String invitedBy,
            int invitesLeft) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.seat = seat;
        this.signedUpAt = signedUpAt;
        this.propensity = propensity;
        this.joinedDay = joinedDay;
        this.activationDay = activationDay;
        this.features = features;
        this.invitedBy = invitedBy;
        this.invitesLeft = invitesLeft;
    }

    boolean usesProductOn(int day) {
        return activationDay != NEVER && day >= activationDay;
    }
}
