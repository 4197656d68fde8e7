package org.weconomics.finance.exchange;

import static org.weconomics.finance.exchange.WorkbookLayout.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.PartyKind;
import org.weconomics.finance.calculation.cost.Activity;
import org.weconomics.finance.calculation.cost.ActivityCost;
import org.weconomics.finance.calculation.cost.CostStructure;
import org.weconomics.finance.calculation.cost.PartyCost;
import org.weconomics.finance.calculation.cost.SubActionCost;
import org.weconomics.finance.calculation.distribution.PartyKeyShare;
import org.weconomics.finance.calculation.distribution.PartyShare;
import org.weconomics.finance.calculation.pricing.PriceProposal;
import org.weconomics.finance.calculation.pricing.PricingMethod;
import org.weconomics.finance.figures.CalculatedModel;

/**
 * Writes an earnings model as the method's template: live formulas where the template calculates (sub-action
 * cost = cost per unit × quantity, totals with SUM, per party with SUMIFS, margin = price − cost, margin % =
 * margin ÷ price), each with its value cached so that viewers that do not recalculate show the right
 * numbers. The inputs that have no place in the template's tables are listed in blocks below them, so the
 * same workbook can be read back.
 */
final class WorkbookWriter {

    private static final String[] METHOD_NAMES_NL = {"Vaste prijs", "Vaste marge", "Alternatieven", "Toegevoegde waarde"
    };

    private final ObjectMapper json;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle subHeader;
    private final CellStyle euro;
    private final CellStyle euroBold;
    private final CellStyle euroInput;
    private final CellStyle percent;
    private final CellStyle number;
    private final CellStyle bold;
    private final CellStyle title;

    WorkbookWriter(ObjectMapper json) {
        this.json = json;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        subHeader = workbook.createCellStyle();
        subHeader.setFont(italic);
        subHeader.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        subHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        subHeader.setBorderBottom(BorderStyle.THIN);
        short euroFormat = workbook.createDataFormat().getFormat("€ #,##0.00;[Red]-€ #,##0.00");
        euro = workbook.createCellStyle();
        euro.setDataFormat(euroFormat);
        // inputs may have more than cents (0.125 per unit); they are shown as entered
        euroInput = workbook.createCellStyle();
        euroInput.setDataFormat(workbook.createDataFormat().getFormat("€ #,##0.00##"));
        euroBold = workbook.createCellStyle();
        euroBold.setDataFormat(euroFormat);
        euroBold.setFont(boldFont);
        euroBold.setBorderTop(BorderStyle.THIN);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
    }

    byte[] write(String partnershipName, String currency, CalculatedModel model) {
        Sheet pricing = workbook.createSheet(PRICING_SHEET);
        Sheet costs = workbook.createSheet(COSTS_SHEET);
        Sheet activities = workbook.createSheet(ACTIVITIES_SHEET);
        int totalRow = writeActivities(activities, model);
        String unitCostCell = writeCosts(costs, model, totalRow);
        writePricing(pricing, partnershipName, currency, model, unitCostCell);
        workbook.setForceFormulaRecalculation(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the row (0-based) of the total line */
    private int writeActivities(Sheet sheet, CalculatedModel model) {
        headers(sheet, 0, ACTIVITY_HEADERS);
        Map<String, String> names = partyNames(model);
        CostStructure figures = model.costStructure();
        int row = FIRST_DATA_ROW;
        for (Activity activity : model.input().valueChain()) {
            Optional<ActivityCost> costs = figures == null
                    ? Optional.empty()
                    : java.util.stream.Stream.concat(
                                    figures.activities().stream(), figures.orphanedActivities().stream())
                            .filter(a -> a.activityId().equals(activity.id()))
                            .findFirst();
            for (var subAction : activity.subActions()) {
                Row line = sheet.createRow(row);
                String party = subAction.carriedBy() != null ? subAction.carriedBy() : activity.carriedBy();
                text(line, ACTIVITY, activity.name());
                text(line, SUB_ACTION, subAction.name());
                text(line, PARTY, names.getOrDefault(party, party));
                value(line, COST_PER_UNIT, subAction.costPerUnit(), euroInput);
                value(line, QUANTITY, subAction.quantityPerCustomer(), number);
                BigDecimal cached = costs.flatMap(a -> a.subActions().stream()
                                .filter(s -> s.subActionId().equals(subAction.id()))
                                .findFirst())
                        .map(SubActionCost::totalCost)
                        .orElse(subAction.costPerUnit().multiply(subAction.quantityPerCustomer()));
                formula(line, TOTAL_COST, ref(COST_PER_UNIT, row) + "*" + ref(QUANTITY, row), cached, euro);
                text(line, ORPHANED, activity.orphaned() ? YES : "");
                text(line, ACTIVITY_ID, activity.id());
                text(line, SUB_ACTION_ID, subAction.id());
                text(line, PARTY_ID, party);
                row++;
            }
        }
        Row total = sheet.createRow(row);
        cell(total, ACTIVITY, "Totaal / Total").setCellStyle(bold);
        BigDecimal perUnit = figures == null
                ? BigDecimal.ZERO
                : figures.totalCostPerUnit()
                        .add(figures.orphanedActivities().stream()
                                .map(ActivityCost::totalCostPerUnit)
                                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal all = figures == null ? BigDecimal.ZERO : figures.totalCost().add(figures.orphanedTotalCost());
        formula(total, COST_PER_UNIT, sum(COST_PER_UNIT, FIRST_DATA_ROW, row - 1), perUnit, euroBold);
        formula(total, TOTAL_COST, sum(TOTAL_COST, FIRST_DATA_ROW, row - 1), all, euroBold);
        widths(sheet, 26, 26, 24, 14, 20, 14, 10, 38, 38, 38);
        hideIds(sheet, ACTIVITY_ID, SUB_ACTION_ID, PARTY_ID);
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        return row;
    }

    /** @return the reference of the unit cost cell, which pricing builds on */
    private String writeCosts(Sheet sheet, CalculatedModel model, int activityTotalRow) {
        headers(sheet, 0, COST_HEADERS);
        String activities = "'" + ACTIVITIES_SHEET + "'!";
        String partyIds = range(activities, PARTY_ID, activityTotalRow);
        String orphaned = range(activities, ORPHANED, activityTotalRow);
        int row = FIRST_DATA_ROW;
        List<Party> parties = model.input().parties();
        int totalRow = FIRST_DATA_ROW + parties.size();
        for (Party party : parties) {
            Row line = sheet.createRow(row);
            Optional<PartyCost> cost = model.costStructure() == null
                    ? Optional.empty()
                    : model.costStructure().parties().stream()
                            .filter(p -> p.partyId().equals(party.id()))
                            .findFirst();
            text(line, 0, party.name());
            text(line, 1, party.kind() == PartyKind.PARTNER ? "Partner" : "Externe leverancier / External supplier");
            String match = partyIds + "," + ref(5, row) + "," + orphaned + ",\"<>" + YES + "\"";
            formula(
                    line,
                    2,
                    "SUMIFS(" + range(activities, COST_PER_UNIT, activityTotalRow) + "," + match + ")",
                    cost.map(PartyCost::costPerUnit).orElse(BigDecimal.ZERO),
                    euro);
            formula(
                    line,
                    3,
                    "SUMIFS(" + range(activities, TOTAL_COST, activityTotalRow) + "," + match + ")",
                    cost.map(PartyCost::totalCost).orElse(BigDecimal.ZERO),
                    euro);
            formula(
                    line,
                    4,
                    "IF(" + ref(3, totalRow) + "=0,\"\"," + ref(3, row) + "/" + ref(3, totalRow) + ")",
                    cost.map(PartyCost::costSharePercent)
                            .map(WorkbookWriter::fraction)
                            .orElse(null),
                    percent);
            text(line, 5, party.id());
            row++;
        }
        Row total = sheet.createRow(totalRow);
        cell(total, 0, "Totaal / Total").setCellStyle(bold);
        CostStructure figures = model.costStructure();
        formula(
                total,
                2,
                sum(2, FIRST_DATA_ROW, totalRow - 1),
                figures == null ? BigDecimal.ZERO : figures.totalCostPerUnit(),
                euroBold);
        formula(
                total,
                3,
                sum(3, FIRST_DATA_ROW, totalRow - 1),
                figures == null ? BigDecimal.ZERO : figures.totalCost(),
                euroBold);
        widths(sheet, 30, 26, 20, 16, 16, 38);
        hideIds(sheet, 5);
        return "'" + COSTS_SHEET + "'!" + new CellReference(totalRow, 3, true, true).formatAsString();
    }

    private void writePricing(
            Sheet sheet, String partnershipName, String currency, CalculatedModel model, String unitCostCell) {
        Row titleRow = sheet.createRow(0);
        cell(titleRow, 0, "Verdienmodel / Earnings model — " + partnershipName + " (" + currency + ")")
                .setCellStyle(title);
        Row section = sheet.createRow(2);
        cell(section, 0, "Prijsbepaling / Pricing").setCellStyle(bold);
        headers(sheet, 3, PRICING_HEADERS);
        BigDecimal unitCost = model.costStructure() == null
                ? BigDecimal.ZERO
                : model.costStructure().totalCost();
        PricingMethod[] methods = PricingMethod.values();
        for (int i = 0; i < methods.length; i++) {
            int r = 5 + i;
            Row line = sheet.createRow(r);
            PricingMethod method = methods[i];
            Optional<PriceProposal> proposal =
                    model.pricing() == null ? Optional.empty() : model.pricing().proposal(method);
            text(line, 0, METHOD_NAMES_NL[i]);
            if (proposal.isEmpty()) {
                continue;
            }
            PriceProposal p = proposal.get();
            value(line, 1, p.recommendedPrice(), euro);
            formula(line, 2, unitCostCell, unitCost, euro);
            formula(line, 3, ref(1, r) + "-" + ref(2, r), p.margin(), euro);
            formula(
                    line,
                    4,
                    "IF(" + ref(1, r) + "=0,\"\"," + ref(3, r) + "/" + ref(1, r) + ")",
                    p.marginPercent() == null ? null : fraction(p.marginPercent()),
                    percent);
            value(line, 5, p.subsidyPerUnit(), euro);
            formula(line, 6, ref(3, r) + "+" + ref(5, r), p.totalMargin(), euro);
            formula(
                    line,
                    7,
                    "IF(" + ref(1, r) + "=0,\"\"," + ref(6, r) + "/" + ref(1, r) + ")",
                    p.totalMarginPercent() == null ? null : fraction(p.totalMarginPercent()),
                    percent);
            text(line, 8, model.pricing().chosenMethod() == method ? "x" : "");
        }
        int row = writeDistribution(sheet, model, 10);
        row = inputBlock(
                sheet,
                row + 1,
                PRICING_INPUTS,
                FlatInputs.flatten(json, model.input().pricing()));
        inputBlock(
                sheet,
                row + 1,
                DISTRIBUTION_INPUTS,
                FlatInputs.flatten(json, model.input().distribution()));
        widths(sheet, 40, 18, 16, 14, 12, 14, 16, 16, 10);
    }

    /** @return the next free row */
    private int writeDistribution(Sheet sheet, CalculatedModel model, int start) {
        Row section = sheet.createRow(start);
        cell(section, 0, "Marge verdeling / Margin distribution").setCellStyle(bold);
        if (model.distributedMargin() != null) {
            cell(section, 1, "Te verdelen / To distribute");
            value(section, 2, model.distribution().total(), euro);
        }
        headers(sheet, start + 1, DISTRIBUTION_HEADERS);
        int row = start + 3;
        List<PartyKeyShare> keys = model.distributionKey() == null
                ? List.of()
                : model.distributionKey().parties();
        for (PartyKeyShare key : keys) {
            Row line = sheet.createRow(row++);
            text(line, 0, key.name());
            value(line, 1, fraction(key.percent()), percent);
            if (model.distribution() != null) {
                PartyShare share = model.distribution().share(key.partyId());
                value(line, 2, share.amount(), euro);
                value(line, 3, share.percentOfTotal() == null ? null : fraction(share.percentOfTotal()), percent);
            }
            text(line, 4, key.partyId());
        }
        Row total = sheet.createRow(row);
        cell(total, 0, "Totaal / Total").setCellStyle(bold);
        if (!keys.isEmpty()) {
            formula(total, 1, sum(1, start + 3, row - 1), BigDecimal.ONE, percent);
            if (model.distribution() != null) {
                formula(
                        total,
                        2,
                        sum(2, start + 3, row - 1),
                        model.distribution().total(),
                        euroBold);
            }
        }
        return row + 1;
    }

    /** @return the next free row */
    private int inputBlock(Sheet sheet, int start, String marker, List<FlatInputs.Row> rows) {
        Row section = sheet.createRow(start);
        cell(section, 0, marker).setCellStyle(bold);
        headers(sheet, start + 1, INPUT_HEADERS);
        int row = start + 3;
        for (FlatInputs.Row input : rows) {
            Row line = sheet.createRow(row++);
            text(line, 0, input.path());
            if (input.value() instanceof BigDecimal decimal) {
                value(line, 1, decimal, number);
            } else {
                text(line, 1, String.valueOf(input.value()));
            }
        }
        Row end = sheet.createRow(row);
        text(end, 0, END_OF_INPUTS);
        return row + 1;
    }

    private static Map<String, String> partyNames(CalculatedModel model) {
        Map<String, String> names = new java.util.HashMap<>();
        model.input().parties().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    /** A percent value (73.68) as the fraction a % cell holds (0.7368). */
    private static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
    }

    private void headers(Sheet sheet, int row, String[][] labels) {
        for (int r = 0; r < labels.length; r++) {
            Row line = sheet.createRow(row + r);
            for (int c = 0; c < labels[r].length; c++) {
                cell(line, c, labels[r][c]).setCellStyle(r == 0 ? header : subHeader);
            }
        }
    }

    private static Cell cell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        return cell;
    }

    private static void text(Row row, int column, String text) {
        if (text != null) {
            cell(row, column, text);
        }
    }

    /** Money and quantities go in as doubles only here, for the cell; every figure was calculated exactly before. */
    private static void value(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static void formula(Row row, int column, String formula, BigDecimal cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        // the cached result, for viewers that show formulas without recalculating them
        if (cached != null) {
            cell.setCellValue(cached.doubleValue());
        } else {
            cell.setCellValue("");
        }
    }

    private static String ref(int column, int row) {
        return new CellReference(row, column).formatAsString();
    }

    private static String range(String sheet, int column, int endRowExclusive) {
        String letter = CellReference.convertNumToColString(column);
        return sheet + "$" + letter + "$" + (FIRST_DATA_ROW + 1) + ":$" + letter + "$"
                + Math.max(endRowExclusive, FIRST_DATA_ROW + 1);
    }

    private static String sum(int column, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return "0";
        }
        return "SUM(" + ref(column, firstRow) + ":" + ref(column, lastRow) + ")";
    }

    /** The ids that the import matches on stay in the sheet, out of sight. */
    private static void hideIds(Sheet sheet, int... columns) {
        for (int column : columns) {
            sheet.setColumnHidden(column, true);
        }
    }

    /** Column widths in characters; printed landscape, one page wide, so a sheet reads as one table. */
    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
