package org.weconomics.finance.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.cost.Activity;
import org.weconomics.finance.calculation.cost.SubAction;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.coststructure.CostActivity;
import org.weconomics.finance.coststructure.CostSubAction;
import org.weconomics.finance.distribution.DistributionSettings;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.FiguresCalculator;
import org.weconomics.finance.figures.ModelChanges;
import org.weconomics.finance.figures.ModelInputs;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModelView;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.finance.pricing.PricingSettings;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.http.Download;

/** Exports an earnings model as the method's workbook and CSV tables, and imports the workbook back. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ExchangeService {

    private final EarningsModels models;
    private final ModelChanges changes;
    private final ObjectMapper json;

    public ExchangeService(EarningsModels models, ModelChanges changes, ObjectMapper json) {
        this.models = models;
        this.changes = changes;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download<byte[]> workbook(@NotNull UUID modelId) {
        EarningsModel model = models.accessible(modelId);
        return new Download<>(
                "Verdienmodel " + model.partnershipName,
                new WorkbookWriter(json).write(model.partnershipName, model.currency, calculated(model)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download<String> costStructureCsv(@NotNull UUID modelId) {
        return table(modelId, "cost structure", CsvTables::costStructure);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download<String> distributionCsv(@NotNull UUID modelId) {
        return table(modelId, "distribution", CsvTables::distribution);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download<String> projectionCsv(@NotNull UUID modelId, Scenario scenario) {
        Scenario shown = scenario == null ? Scenario.MIDDLE : scenario;
        return table(modelId, "projection " + shown.jsonName(), model -> CsvTables.projection(model, shown));
    }

    /** One table of the model, named after its partnership, e.g. "De Wroeter & Houthandel - cost structure". */
    private Download<String> table(UUID modelId, String table, Function<CalculatedModel, String> write) {
        EarningsModel model = models.accessible(modelId);
        return new Download<>(model.partnershipName + " - " + table, write.apply(calculated(model)));
    }

    /**
     * Takes the sub-action figures, pricing and distribution inputs of a workbook; sub-actions the model does
     * not have are ignored, since the value chain belongs to the partnership.
     */
    /** @return the model's version the import moved to */
    public long importWorkbook(@NotNull UUID modelId, long expectedVersion, byte[] content) {
        EarningsModel model = models.accessible(modelId);
        IfMatch.check(expectedVersion, model.version, () -> EarningsModelView.of(model));
        WorkbookReader.Imported imported = new WorkbookReader(json).read(content == null ? new byte[0] : content);
        changes.apply(model, "", input -> withImported(input, imported), () -> store(model, imported));
        return model.version;
    }

    private static CalculatedModel calculated(EarningsModel model) {
        return FiguresCalculator.calculate(ModelInputs.of(model.id));
    }

    private static EarningsModelInput withImported(EarningsModelInput input, WorkbookReader.Imported imported) {
        List<Activity> valueChain = new ArrayList<>();
        for (Activity activity : input.valueChain()) {
            List<SubAction> subActions = new ArrayList<>();
            for (SubAction subAction : activity.subActions()) {
                WorkbookReader.SubActionFigures figures = imported.subActions().get(subAction.id());
                subActions.add(
                        figures == null
                                ? subAction
                                : new SubAction(
                                        subAction.id(),
                                        subAction.name(),
                                        figures.partyId() != null ? figures.partyId() : subAction.carriedBy(),
                                        figures.costPerUnit(),
                                        figures.quantityPerCustomer()));
            }
            valueChain.add(new Activity(
                    activity.id(), activity.name(), activity.carriedBy(), activity.orphaned(), subActions));
        }
        return new EarningsModelInput(
                input.parties(), valueChain, imported.pricing(), imported.distribution(), input.projection());
    }

    private static void store(EarningsModel model, WorkbookReader.Imported imported) {
        for (CostActivity activity : CostActivity.ofModel(model.id)) {
            for (CostSubAction subAction : activity.subActions) {
                WorkbookReader.SubActionFigures figures = imported.subActions().get(subAction.subActionId.toString());
                if (figures == null) {
                    continue;
                }
                subAction.costPerUnit = figures.costPerUnit();
                subAction.quantityPerCustomer = figures.quantityPerCustomer();
                UUID party = figures.partyId() == null ? null : UUID.fromString(figures.partyId());
                // the partnership's responsible partner is kept as the default, not copied as an override
                subAction.carriedBy = Objects.equals(party, responsibleOf(activity, subAction)) ? null : party;
            }
        }
        PricingSettings.store(model.id, imported.pricing());
        DistributionSettings.store(model.id, imported.distribution());
    }

    private static UUID responsibleOf(CostActivity activity, CostSubAction subAction) {
        return subAction.responsiblePartyId != null ? subAction.responsiblePartyId : activity.responsiblePartyId;
    }
}
