package org.weconomics.support.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A member of a local group as this service learnt it from partnership-service's membership events. */
@Entity
@Table(name = "known_member")
@IdClass(KnownMember.Key.class)
public class KnownMember extends PanacheEntityBase {

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

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

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
