package org.weconomics.finance.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.weconomics.events.partnership.PartnerLeft;
import org.weconomics.events.partnership.PartnerState;
import org.weconomics.finance.calculation.PartyKind;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;

/** Keeps the partners of each earnings model in step with the partnership's partners. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PartyMirror {

    private final EarningsModels models;
    private final ModelChanges changes;

    public PartyMirror(EarningsModels models, ModelChanges changes) {
        this.models = models;
        this.changes = changes;
    }

    public void partnerJoined(PartnerState partner) {
        EarningsModel model = models.ofPartnership(partner.partnershipId());
        ModelParty party = ModelParty.findById(partner.partnerId());
        if (party == null) {
            party = new ModelParty();
            party.id = partner.partnerId();
            party.earningsModelId = model.id;
            party.kind = PartyKind.PARTNER;
            party.position = ModelParty.ofModel(model.id).size();
            copy(partner, party);
            party.persist();
        } else {
            // a partner that left and joined again takes its place back
            copy(partner, party);
            party.hasLeft = false;
        }
        changes.recordChanged(model);
    }

    public void partnerChanged(PartnerState partner) {
        EarningsModel model = models.ofPartnership(partner.partnershipId());
        ModelParty party = ModelParty.findById(partner.partnerId());
        if (party == null) {
            partnerJoined(partner);
            return;
        }
        copy(partner, party);
        changes.recordChanged(model);
    }

    public void partnerLeft(PartnerLeft partner) {
        EarningsModel model = models.ofPartnership(partner.partnershipId());
        ModelParty party = ModelParty.findById(partner.partnerId());
        if (party != null) {
            party.hasLeft = true;
            changes.recordChanged(model);
        }
    }

    private static void copy(PartnerState partner, ModelParty party) {
        party.name = partner.organisationName();
        party.organisationId = partner.organisationId();
        party.sector = partner.sector();
        party.role = partner.role();
        party.founding = partner.founding();
    }
}
