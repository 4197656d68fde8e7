package org.weconomics.finance.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.PartyKind;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/** Lists the parties of a model and lets its local group add and remove external suppliers. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PartyService {

    private final EarningsModels models;
    private final ModelChanges changes;

    public PartyService(EarningsModels models, ModelChanges changes) {
        this.models = models;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartiesView list(@NotNull UUID modelId) {
        return view(models.accessible(modelId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyView get(@NotNull UUID modelId, @NotNull UUID partyId) {
        return PartyView.of(find(models.accessible(modelId), partyId));
    }

    /** A supplier added, and the model's version its addition moved to. */
    public record AddedSupplier(PartyView supplier, long modelVersion) {}

    public AddedSupplier addExternalSupplier(
            @NotNull UUID modelId, @NotNull @Valid AddExternalSupplierRequest request) {
        EarningsModel model = models.accessible(modelId);
        ModelParty supplier = new ModelParty();
        supplier.id = UUID.randomUUID();
        supplier.earningsModelId = model.id;
        supplier.kind = PartyKind.EXTERNAL_SUPPLIER;
        supplier.name = request.name().strip();
        supplier.position = ModelParty.ofModel(model.id).size();
        changes.apply(model, "parties.", input -> withParty(input, supplier.toInput()), supplier::persist);
        return new AddedSupplier(PartyView.of(supplier), model.version);
    }

    /**
     * Refused with 409 while the supplier still carries costs or appears in the distribution or projection.
     *
     * @return the model's version the removal moved to
     */
    public long removeExternalSupplier(@NotNull UUID modelId, @NotNull UUID partyId, long expectedVersion) {
        EarningsModel model = models.accessible(modelId);
        ModelParty supplier = find(model, partyId);
        IfMatch.check(expectedVersion, model.version, () -> view(model));
        if (supplier.kind != PartyKind.EXTERNAL_SUPPLIER) {
            throw new ProblemException(
                    ProblemType.PARTNER_LEAVES_THROUGH_PARTNERSHIP,
                    "Party " + partyId + " is a partner; partners leave through the partnership");
        }
        changes.apply(model, "parties.", input -> withoutParty(input, partyId.toString()), supplier::delete);
        return model.version;
    }

    private static PartiesView view(EarningsModel model) {
        return new PartiesView(
                model.id,
                ModelParty.ofModel(model.id).stream().map(PartyView::of).toList(),
                model.version);
    }

    private static ModelParty find(EarningsModel model, UUID partyId) {
        ModelParty party = ModelParty.findById(partyId);
        if (party == null || !party.earningsModelId.equals(model.id)) {
            throw ProblemException.notFound("Party", partyId);
        }
        return party;
    }

    private static EarningsModelInput withParty(EarningsModelInput input, Party party) {
        List<Party> parties = new ArrayList<>(input.parties());
        parties.add(party);
        return new EarningsModelInput(
                parties, input.valueChain(), input.pricing(), input.distribution(), input.projection());
    }

    private static EarningsModelInput withoutParty(EarningsModelInput input, String partyId) {
        List<Party> parties =
                input.parties().stream().filter(p -> !p.id().equals(partyId)).toList();
        return new EarningsModelInput(
                parties, input.valueChain(), input.pricing(), input.distribution(), input.projection());
    }
}
