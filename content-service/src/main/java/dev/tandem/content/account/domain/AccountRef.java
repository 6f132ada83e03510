package dev.tandem.content.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What content-service knows of an account, from account.events. */
@Entity
@Table(name = "account_ref")
public class AccountRef {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    /** The vendor's id, which signals carry. */
    @Column(name = "external_id", nullable = false)
    public String externalId;

    public String plan;

    /** A {@link dev.tandem.events.account.TouchModel} name. */
    @Column(name = "touch_model")
    public String touchModel;

    /** The account's CSM, a Keycloak user id; null when it has none. */
    @Column(name = "csm_id")
    public String csmId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
