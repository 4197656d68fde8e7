package org.weconomics.support.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A local group a person was removed from; their tokens no longer let them act in it. */
@Entity
@Table(name = "revoked_membership")
@IdClass(RevokedMembership.Key.class)
public class RevokedMembership extends PanacheEntityBase {

    @Id
    @Column(name = "local_group")
    public String localGroup;

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "revoked_at", nullable = false)
    public OffsetDateTime revokedAt;

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
