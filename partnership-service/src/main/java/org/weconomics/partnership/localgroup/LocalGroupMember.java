package org.weconomics.partnership.localgroup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A Keycloak user who is a member of a local group. */
@Entity
@Table(name = "local_group_member")
@IdClass(LocalGroupMember.Key.class)
public class LocalGroupMember extends PanacheEntityBase {

    @Id
    @Column(name = "local_group")
    public String localGroup;

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    public static LocalGroupMember find(String localGroup, String userId) {
        return find("localGroup = ?1 and userId = ?2", localGroup, userId).firstResult();
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String localGroup;
        public String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(localGroup, key.localGroup)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(localGroup, userId);
        }
    }
}
