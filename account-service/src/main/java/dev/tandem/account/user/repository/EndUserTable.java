package dev.tandem.account.user.repository;

import dev.tandem.account.user.domain.EndUser;
import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import dev.tandem.platform.sql.StagingTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The end-user table over JDBC, for the bulk import: a chunk's users are read, locked, with one query, and written
 * back by set through a {@link StagingTable}. Blocks; call in the caller's
 * transaction.
 */
@ApplicationScoped
public class EndUserTable {

    /** What an upsert reads and writes: the integrator's fields and what the user's events carry. */
    private static final List<String> COLUMNS = List.of(
            "id",
            "account_id",
            "external_id",
            "email",
            "name",
            "role",
            "seat",
            "signed_up_at",
            "invited_by",
            "created_at",
            "updated_at");

    private static final StagingTable<EndUser> STAGED =
            new StagingTable<>("end_user", "staged_end_user", COLUMNS, u -> new Object[] {
                u.id,
                u.accountId,
                u.externalId,
                u.email,
                u.name,
                u.role,
                u.seat,
                u.signedUpAt,
                u.invitedBy,
                u.createdAt,
                u.updatedAt
            });

    /**
     * An existing user takes only what an integrator owns. One statement for the chunk: its inviters and the users
     * they invited arrive together, and the inviter reference is checked at the statement's end.
     */
    private static final String UPSERT =
            STAGED.upsert("id", List.of("email", "name", "role", "seat", "signed_up_at", "invited_by", "updated_at"));

    /**
     * The users of these accounts with these vendor's ids, locked until the transaction ends, in the order any other
     * chunk locks them, so that two chunks cannot deadlock.
     */
    public List<EndUser> lock(Connection connection, Collection<UUID> accountIds, Collection<String> externalIds)
            throws SQLException {
        List<EndUser> found = new ArrayList<>();
        if (accountIds.isEmpty()) {
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + String.join(", ", COLUMNS) + " FROM end_user"
                        + " WHERE account_id = ANY (?) AND external_id = ANY (?) ORDER BY account_id, external_id FOR UPDATE")) {
            query.setArray(1, connection.createArrayOf("uuid", new LinkedHashSet<>(accountIds).toArray()));
            query.setArray(2, connection.createArrayOf("text", new LinkedHashSet<>(externalIds).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        }
        return found;
    }

    /** Inserts the new users and updates the changed ones, all of {@link #COLUMNS} as the objects hold them. */
    public void upsertAll(Connection connection, Collection<EndUser> users) throws SQLException {
        STAGED.write(connection, users, UPSERT);
    }

    private static EndUser read(ResultSet row) throws SQLException {
        EndUser user = new EndUser();
        user.id = row.getObject("id", UUID.class);
        user.accountId = row.getObject("account_id", UUID.class);
        user.externalId = row.getString("external_id");
        user.email = row.getString("email");
        user.name = row.getString("name");
        user.role = UserRole.valueOf(row.getString("role"));
        user.seat = Seat.valueOf(row.getString("seat"));
        user.signedUpAt = instant(row.getTimestamp("signed_up_at"));
        user.invitedBy = row.getObject("invited_by", UUID.class);
        user.createdAt = instant(row.getTimestamp("created_at"));
        user.updatedAt = instant(row.getTimestamp("updated_at"));
        return user;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
