package org.weconomics.finance.exchange;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.weconomics.finance.calculation.cost.SubActionCost;
import org.weconomics.finance.calculation.distribution.PartyKeyShare;
import org.weconomics.finance.calculation.distribution.PartyShare;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.calculation.projection.ScenarioProjection;
import org.weconomics.finance.calculation.projection.YearFigures;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * The tables of an earnings model as CSV (RFC 4180: comma separated, text quoted when needed, decimals
 * with a point, amounts in cents as calculated), one table per file.
 */
final class CsvTables {

    private CsvTables() {}

    static String costStructure(CalculatedModel model) {
        StringBuilder csv = new StringBuilder(line(
                "activity", "subAction", "partyId", "costPerUnit", "quantityPerCustomer", "totalCost", "orphaned"));
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

    private static ProblemException unavailable(CalculatedModel model, String table) {
        return new ProblemException(
                ProblemType.FIGURES_INCOMPLETE,
                "The " + table + " cannot be calculated yet: "
                        + model.issues().stream()
                                .map(i -> i.field() + " " + i.message())
                                .collect(Collectors.joining("; ")));
    }

    private static String line(Object... values) {
        return Stream.of(values).map(CsvTables::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
