package dev.tandem.cta.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of touchpoint (CALL, QBR, ...): built in, or added by a cs-admin. */
@Entity
@Table(name = "touchpoint_type")
public class TouchpointType {

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
