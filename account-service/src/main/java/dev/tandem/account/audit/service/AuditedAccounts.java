package dev.tandem.account.audit.service;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Which account a trail is asked for, by the vendor's id. Every feature records its changes here, so the audit sits
 * below them all; the account feature answers this, so that the audit need not know accounts.
 */
public interface AuditedAccounts {

    /** The Tandem id of the account with {@code externalId}, or a failure the API answers with 404. */
    Uni<UUID> requireId(String externalId);
}
