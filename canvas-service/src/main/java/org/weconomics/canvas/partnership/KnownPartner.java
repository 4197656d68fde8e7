package org.weconomics.canvas.partnership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A current partner of a known partnership. */
@Entity
@Table(name = "known_partner")
@IdClass(KnownPartner.Key.class)
public class KnownPartner extends PanacheEntityBase {

    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;

    static KnownPartner of(UUID partnershipId, UUID partnerId) {
        KnownPartner partner = new KnownPartner();
        partner.partnershipId = partnershipId;
        partner.partnerId = partnerId;
        return partner;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID partnershipId;
        public UUID partnerId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(partnershipId, key.partnershipId)
                    && Objects.equals(partnerId, key.partnerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnershipId, partnerId);
        }
    }
}
