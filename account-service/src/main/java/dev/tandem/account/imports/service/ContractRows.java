package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.contract.rest.ContractRequest;
import dev.tandem.account.contract.service.BulkContractUpserts;
import dev.tandem.account.contract.service.ContractService.BatchUpsert;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.platform.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Rows of a contracts file: {@code accountExternalId}, {@code externalId} and the fields of
 * {@code PUT /api/v1/accounts/{externalId}/contracts/{contractId}}.
 */
@ApplicationScoped
class ContractRows implements RowImporter<BatchUpsert> {

    private final RowReader reader;
    private final BulkContractUpserts contracts;

    ContractRows(RowReader reader, BulkContractUpserts contracts) {
        this.reader = reader;
        this.contracts = contracts;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CONTRACTS;
    }

    @Override
    public BatchUpsert read(Map<String, String> row) throws RowRejected {
        String account = reader.externalId(row, "accountExternalId");
        String externalId = reader.externalId(row, "externalId");
        return new BatchUpsert(
                account,
                externalId,
                reader.body(row, kind().idColumns(), ContractRequest.class, ContractRequest::toTerms));
    }

    @Override
    public Map<Integer, FieldError> apply(Connection connection, List<BatchUpsert> items, Actor actor)
            throws SQLException {
        return contracts.upsertAll(connection, items, actor);
    }
}
