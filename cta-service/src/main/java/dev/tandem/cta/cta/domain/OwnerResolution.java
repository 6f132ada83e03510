package dev.tandem.cta.cta.domain;

import java.util.List;

/** Who gets a CTA a rule opens: the account's CSM, else the rule's default owner, else the team in turns. */
public final class OwnerResolution {

    private OwnerResolution() {}

    /** Whether the owner comes from the team, so that the caller takes a turn from the rotation. */
    public static boolean needsTurn(String accountCsm, String defaultOwner, List<String> team) {
        return accountCsm == null && defaultOwner == null && !team.isEmpty();
    }

    /**
     * @param turn the rotation's counter for this rule, starting at 0; only read when {@link #needsTurn} said so
     * @return the owner, or null when nobody is named anywhere
     */
    public static String owner(String accountCsm, String defaultOwner, List<String> team, long turn) {
        if (accountCsm != null) {
            return accountCsm;
        }
        if (defaultOwner != null) {
            return defaultOwner;
        }
        if (team.isEmpty()) {
            return null;
        }
        return team.get((int) Math.floorMod(turn, team.size()));
    }
}
