package dev.tandem.account.imports.service;

import dev.tandem.account.account.rest.AccountUpsertRequest;
import dev.tandem.account.account.service.AccountService;
import dev.tandem.account.account.service.AccountService.BatchUpsert;
import dev.tandem.account.audit.domain.Actor;
import dev.tandem.account.imports.domain.ImportKind;
import dev.tandem.platform.problem.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Rows of an accounts file: {@code externalId} and the fields of {@code PUT /api/v1/accounts/{externalId}}. */
@ApplicationScoped
class AccountRows implements RowImporter<BatchUpsert> {

    private final RowReader reader;
    private final AccountService accounts;

    AccountRows(RowReader reader, AccountService accounts) {
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
    public Uni<Map<Integer, FieldError>> apply(List<BatchUpsert> items, Actor actor) {
        return accounts.upsertAll(items, actor).replaceWith(Map.of());
    }
}
