package dev.tandem.account.imports.service;

import dev.tandem.account.account.rest.AccountUpsertRequest;
import dev.tandem.account.account.service.AccountService.BatchUpsert;
import dev.tandem.account.account.service.BulkAccountUpserts;
import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Rows of an accounts file: {@code externalId} and the fields of {@code PUT /api/v1/accounts/{externalId}}. */
@ApplicationScoped
class AccountRows implements RowImporter<BatchUpsert> {

    private final RowReader reader;
    private final BulkAccountUpserts accounts;

    AccountRows(RowReader reader, BulkAccountUpserts accounts) {
        this.reader = reader;
        this.accounts = accounts;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ACCOUNTS;
    }

    @Override
    public BatchUpsert read(Map<String, String> row) throws RowRejected {
        String externalId = reader.externalId(row, "externalId");
        return new BatchUpsert(
                externalId,
                reader.body(row, kind().idColumns(), AccountUpsertRequest.class, AccountUpsertRequest::toDetails));
    }

    @Override
    public Map<Integer, FieldError> apply(Connection connection, List<BatchUpsert> items, Actor actor)
            throws SQLException {
        accounts.upsertAll(connection, items, actor);
        return Map.of();
    }
}
