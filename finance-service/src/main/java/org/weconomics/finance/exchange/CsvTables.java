package org.weconomics.finance.exchange;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.weconomics.finance.calculation.cost.PartyCost;
import org.weconomics.finance.calculation.cost.SubActionCost;
import org.weconomics.finance.calculation.distribution.PartyKeyShare;
import org.weconomics.finance.calculation.distribution.PartyShare;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.calculation.projection.ScenarioProjection;
import org.weconomics.finance.calculation.projection.YearFigures;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.support.csv.Csv;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * The tables of an earnings model as CSV (the platform's {@link Csv}: RFC 4180, text that a spreadsheet would
 * run as a formula neutralised, decimals with a point, amounts in cents as calculated), one table per file.
 */
final class CsvTables {

    private CsvTables() {}

    static String costStructure(CalculatedModel model) {
        StringBuilder csv = new StringBuilder(line(
                "activity",
                "subAction",
                "partyId",
                "party",
                "costPerUnit",
                "quantityPerCustomer",
                "totalCost",
                "orphaned"));
        if (model.costStructure() == null) {
            throw unavailable(model, "cost structure");
        }
        Stream.concat(model.costStructure().activities().stream(), model.costStructure().orphanedActivities().stream())
                .forEach(activity -> {
                    for (SubActionCost subAction : activity.subActions()) {
                        csv.append(line(
                                activity.name(),
                                subAction.name(),
                                subAction.partyId(),
                                partyName(model, subAction.partyId()),
                                subAction.costPerUnit(),
                                subAction.quantityPerCustomer(),
                                subAction.totalCost(),
                                activity.orphaned()));
                    }
                });
        return csv.toString();
    }

    static String distribution(CalculatedModel model) {
        if (model.distributionKey() == null) {
            throw unavailable(model, "distribution");
        }
        StringBuilder csv = new StringBuilder(
                line("partyId", "name", "keyPercent", "incentive", "keyShare", "amount", "percentOfTotal"));
        for (PartyKeyShare key : model.distributionKey().parties()) {
            PartyShare share =
                    model.distribution() == null ? null : model.distribution().share(key.partyId());
            csv.append(line(
                    key.partyId(),
                    key.name(),
                    key.percent(),
                    share == null ? null : share.incentive(),
                    share == null ? null : share.keyShare(),
                    share == null ? null : share.amount(),
                    share == null ? null : share.percentOfTotal()));
        }
        return csv.toString();
    }

    static String projection(CalculatedModel model, Scenario scenario) {
        if (model.projection() == null) {
            throw unavailable(model, "projection");
        }
        ScenarioProjection projection = model.projection().scenario(scenario);
        StringBuilder csv = new StringBuilder(line(
                "scenario",
                "year",
                "volume",
                "revenue",
                "costs",
                "margin",
                "subsidy",
                "totalMargin",
                "investments",
                "result",
                "cumulativeResult"));
        for (YearFigures year : projection.years()) {
            csv.append(line(
                    scenario,
                    year.year(),
                    year.volume(),
                    year.revenue(),
                    year.costs(),
                    year.margin(),
                    year.subsidy(),
                    year.totalMargin(),
                    year.investments(),
                    year.result(),
                    year.cumulativeResult()));
        }
        return csv.toString();
    }

    /** Empty for a sub-action nobody carries yet. */
    private static String partyName(CalculatedModel model, String partyId) {
        return model.costStructure().parties().stream()
                .filter(party -> party.partyId().equals(partyId))
                .map(PartyCost::name)
                .findFirst()
                .orElse(null);
    }

    private static ProblemException unavailable(CalculatedModel model, String table) {
        return new ProblemException(
                ProblemType.FIGURES_INCOMPLETE,
                "The " + table + " cannot be calculated yet: "
                        + model.issues().stream()
                                .map(i -> i.field() + " " + i.message())
                                .collect(Collectors.joining("; ")));
    }

    private static String line(Object... values) {
        return Csv.row(values);
    }
}
