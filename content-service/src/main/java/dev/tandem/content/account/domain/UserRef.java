package dev.tandem.content.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An end user at an account, from account.events: maps the vendor's user id in signals to Tandem's, with the role. */
@Entity
@Table(name = "user_ref")
public class UserRef {

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    /** A {@link dev.tandem.events.account.UserRole} name. */
    public String role;
}
