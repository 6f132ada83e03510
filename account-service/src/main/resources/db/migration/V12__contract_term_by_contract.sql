-- Every contract upsert reads its contract's terms (TermLedger). Without this index that read scanned the whole ledger,
-- so each upsert cost more the more terms existed: an import of contracts slowed down row by row (33 rows/s after
-- 12,000 contracts). In the order the read sorts by.
CREATE INDEX contract_term_by_contract ON contract_term (contract_id, starts_on, id);
