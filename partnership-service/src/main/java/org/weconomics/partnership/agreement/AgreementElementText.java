package org.weconomics.partnership.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.weconomics.partnership.assessment.FacetStatus;

/** What the partners wrote themselves for one element of their agreement, and how far it is worked out. */
@Entity
@Table(name = "agreement_element")
@IdClass(AgreementElementText.Key.class)
public class AgreementElementText extends PanacheEntityBase {

    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Id
    public int element;

    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FacetStatus status;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * The version clients see: 0 while nobody wrote anything for the element, one more than the stored version
     * after, so that the first edit already moves the ETag.
     */
    static long visibleVersion(AgreementElementText text) {
        return text == null ? 0 : text.version + 1;
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID partnershipId;
        public int element;

        public Key() {}

        public Key(UUID partnershipId, int element) {
            this.partnershipId = partnershipId;
            this.element = element;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.element == element
                    && Objects.equals(key.partnershipId, partnershipId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnershipId, element);
        }
    }
}
