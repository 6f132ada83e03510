package dev.tandem.account.account.service;

import dev.tandem.account.account.domain.Account;

/** The account after an upsert, and whether the upsert created it. */
public record UpsertResult(Account account, boolean created) {}
