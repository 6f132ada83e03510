package dev.tandem.content.item.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One piece of self-serve content. The list columns are PostgreSQL arrays, held here as comma-separated text (their
 * elements are enum names and ids, which never contain a comma) so that no array binding is needed; {@link
 * ContentTargets} reads and writes them.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContentType type;

    @Column(nullable = false)
    public String title;

    public String body;

    public String url;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContentStatus status;

    /** Rises by one with every change, so readers can tell an edited item from the one they saw. */
    @Column(nullable = false)
    public int version;

    @Column(name = "use_case_ids", nullable = false)
    @ColumnTransformer(read = "array_to_string(use_case_ids, ',')", write = "string_to_array(?, ',')::uuid[]")
    public String useCaseIds;

    @Column(name = "target_roles", nullable = false)
    @ColumnTransformer(read = "array_to_string(target_roles, ',')", write = "string_to_array(?, ',')")
    public String targetRoles;

    @Column(nullable = false)
    @ColumnTransformer(read = "array_to_string(plans, ',')", write = "string_to_array(?, ',')")
    public String plans;

    @Column(name = "touch_models", nullable = false)
    @ColumnTransformer(read = "array_to_string(touch_models, ',')", write = "string_to_array(?, ',')")
    public String touchModels;

    @Column(name = "ts_config", nullable = false)
    @ColumnTransformer(read = "ts_config::text", write = "?::regconfig")
    public String textSearchConfiguration;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
