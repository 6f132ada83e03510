package dev.tandem.account.user.domain;

import dev.tandem.events.account.Seat;
import dev.tandem.events.account.UserRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person at a customer account, identified to integrators by the vendor's own user id. */
@Entity
@Table(name = "end_user")
public class EndUser {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    public String email;

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UserRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Seat seat;

    @Column(name = "signed_up_at", nullable = false)
    public Instant signedUpAt;

    /** The end user who invited this one, for the viral loop; null for organic sign-ups. */
    @Column(name = "invited_by")
    public UUID invitedBy;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When this user's personal data was erased on request; null while it is held. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /**
     * Removes what identifies the person: email, name, and the vendor's id (which is often an email itself). The
     * row stays, so counts and history still add up; a later upsert with the old id makes a new user.
     */
    public void erase(Instant now) {
        email = null;
        name = null;
        externalId = "erased:" + id;
        erasedAt = now;
        updatedAt = now;
    }
}
