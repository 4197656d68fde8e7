package org.weconomics.partnership.localgroup;

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

/**
 * A local group through which legal entities join a community. Its key is its id everywhere: in the
 * API, in every service's data and, as {@code /local-groups/<key>}, in the {@code groups} claim of tokens.
 */
@Entity
@Table(name = "local_group")
public class LocalGroup extends PanacheEntityBase {

    @Id
    @Column(name = "group_key")
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String region;

    @Column(name = "community_id", nullable = false)
    public UUID communityId;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LocalGroupStatus status;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean isClosed() {
        return status == LocalGroupStatus.CLOSED;
    }
}
