package dev.tandem.account.imports.service;

import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.contract.rest.ContractRequest;
import dev.tandem.account.contract.service.ContractService;
import dev.tandem.account.contract.service.ContractService.BatchUpsert;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.platform.problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Rows of a contracts file: {@code accountExternalId}, {@code externalId} and the fields of
 * {@code PUT /api/v1/accounts/{externalId}/contracts/{contractId}}.
 */
@ApplicationScoped
class ContractRows implements SessionRowImporter<BatchUpsert> {

    private final RowReader reader;
    private final ContractService contracts;

    ContractRows(RowReader reader, ContractService contracts) {
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
    public Uni<Map<Integer, FieldError>> apply(List<BatchUpsert> items, Actor actor) {
        return contracts.upsertAll(items, actor);
    }
}
