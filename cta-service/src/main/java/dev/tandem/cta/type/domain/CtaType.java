package dev.tandem.cta.type.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of call to action (RISK, RENEWAL, ...): built in, or added by an admin. */
@Entity
@Table(name = "cta_type")
public class CtaType {

    @Id
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Column(nullable = false)
    public int position;
}
