package dev.tandem.content.program.domain;

import dev.tandem.content.milestone.domain.MilestoneCondition;
import dev.tandem.content.milestone.domain.MilestoneKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One step of a program's definition of success. */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    public UUID id;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    /** Program order, from 0: the order accounts are expected to reach them in, and recommendations follow. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneKind kind;

    public String subject;

    @Column(nullable = false)
    public int threshold;

    /** Use cases whose content helps reach it, comma-separated. */
    @Column(name = "use_case_ids", nullable = false)
    @ColumnTransformer(read = "array_to_string(use_case_ids, ',')", write = "string_to_array(?, ',')::uuid[]")
    public String useCaseIds;

    public MilestoneCondition condition() {
        return new MilestoneCondition(kind, subject, threshold);
    }
}
