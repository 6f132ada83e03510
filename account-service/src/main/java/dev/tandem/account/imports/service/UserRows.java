package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.account.user.rest.UserRequest;
import dev.tandem.account.user.service.BulkUserUpserts;
import dev.tandem.account.user.service.UserService.BatchUpsert;
import dev.tandem.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Rows of an end-users file: {@code accountExternalId}, {@code externalId} and the fields of
 * {@code PUT /api/v1/accounts/{externalId}/users/{userId}}. An inviter must stand in an earlier row or exist already.
 */
@ApplicationScoped
class UserRows implements RowImporter<BatchUpsert> {

    private final RowReader reader;
    private final BulkUserUpserts users;

    UserRows(RowReader reader, BulkUserUpserts users) {
        this.reader = reader;
        this.users = users;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.USERS;
    }

    @Override
    public BatchUpsert read(Map<String, String> row) throws RowRejected {
        String account = reader.externalId(row, "accountExternalId");
        String externalId = reader.externalId(row, "externalId");
        return new BatchUpsert(
                account, externalId, reader.body(row, kind().idColumns(), UserRequest.class, UserRequest::toUpsert));
    }

    @Override
    public Map<Integer, FieldError> apply(Connection connection, List<BatchUpsert> items, Actor actor)
            throws SQLException {
        return users.upsertAll(connection, items, actor);
    }
}
