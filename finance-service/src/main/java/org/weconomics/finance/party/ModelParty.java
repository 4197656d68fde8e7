package org.weconomics.finance.party;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.PartyKind;

/**
 * A party of an earnings model: a partner, mirrored from the partnership's events (its id is the
 * partnership service's partner id, so value-chain events name it directly), or an external supplier
 * entered here.
 */
@Entity
@Table(name = "model_party")
public class ModelParty extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "earnings_model_id", nullable = false)
    public UUID earningsModelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyKind kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public String sector;

    public String role;

    @Column(nullable = false)
    public boolean founding;

    /**
     * A partner that left stays a party: the costs it carried and its history remain visible until the
     * partnership gives its activities to another partner.
     */
    @Column(name = "has_left", nullable = false)
    public boolean hasLeft;

    @Column(nullable = false)
    public int position;

    public static List<ModelParty> ofModel(UUID earningsModelId) {
        return list("earningsModelId = ?1 order by position", earningsModelId);
    }

    public Party toInput() {
        return new Party(id.toString(), name, kind);
    }
}
