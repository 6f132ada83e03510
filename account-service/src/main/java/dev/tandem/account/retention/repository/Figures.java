package dev.tandem.account.retention.repository;

import dev.tandem.account.retention.domain.Movements;
import dev.tandem.account.retention.domain.Renewals;
import java.util.Map;

/**
 * A period's movements and renewals by group. A group has both or neither: an account with terms due in the period but
 * none in force at either end has zero movements, and one with nothing due has zero renewals.
 */
public record Figures(Map<Group, Movements> movements, Map<Group, Renewals> renewals) {}
