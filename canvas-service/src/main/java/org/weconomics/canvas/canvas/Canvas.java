package org.weconomics.canvas.canvas;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A board of blocks made from a template, filled with notes in a workshop. */
@Entity
@Table(name = "canvas")
public class Canvas extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "local_group", nullable = false)
    public String localGroup;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    /** For a contribution board: the partner of the partnership it is about. */
    @Column(name = "partner_id")
    public UUID partnerId;

    /** The workshop that set this canvas up for its afternoon, if one did. */
    @Column(name = "workshop_id")
    public UUID workshopId;

    @Column(name = "template_key", nullable = false)
    public String templateKey;

    @Column(name = "template_version", nullable = false)
    public int templateVersion;

    @Column(nullable = false)
    public String title;

    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CanvasStatus status;

    @Column(nullable = false)
    public String facilitator;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
