package org.weconomics.finance.exchange;

import static org.weconomics.finance.exchange.WorkbookLayout.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.pricing.PricingInput;
import org.weconomics.support.problem.ProblemException;

/**
 * Reads back the inputs of a workbook written by {@link WorkbookWriter}: the sub-action figures from the
 * activities sheet (found by their ids), the pricing and distribution inputs from their blocks. Calculated
 * cells are not read: the service calculates them again.
 */
final class WorkbookReader {

    /** The figures of one sub-action as the workbook has them. */
    record SubActionFigures(BigDecimal costPerUnit, BigDecimal quantityPerCustomer, String partyId) {}

    /** Everything the workbook gives. */
    record Imported(Map<String, SubActionFigures> subActions, PricingInput pricing, DistributionRule distribution) {}

    private final ObjectMapper json;

    WorkbookReader(ObjectMapper json) {
        this.json = json;
    }

    /** @throws ProblemException 400 naming the sheet and cell that cannot be read */
    Imported read(byte[] content) {
        WorkbookLimits.requireWithinLimits(content);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet activities = sheet(workbook, ACTIVITIES_SHEET);
            Sheet pricing = sheet(workbook, PRICING_SHEET);
            WorkbookLimits.requireRows(activities);
            WorkbookLimits.requireRows(pricing);
            return new Imported(
                    subActions(activities),
                    block(pricing, PRICING_INPUTS, PricingInput.class),
                    block(pricing, DISTRIBUTION_INPUTS, DistributionRule.class));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalidField(
                    "workbook", "is not an earnings model workbook (.xlsx): " + e.getMessage());
        }
    }

    private static Sheet sheet(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw ProblemException.invalidField("workbook", "has no sheet '" + name + "'");
        }
        return sheet;
    }

    private static Map<String, SubActionFigures> subActions(Sheet sheet) {
        Map<String, SubActionFigures> figures = new LinkedHashMap<>();
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String id = row == null ? null : text(row.getCell(SUB_ACTION_ID));
            if (id == null || id.isBlank()) {
                continue;
            }
            figures.put(
                    id,
                    new SubActionFigures(
                            decimal(sheet, row, COST_PER_UNIT),
                            decimal(sheet, row, QUANTITY),
                            text(row.getCell(PARTY_ID))));
        }
        return figures;
    }

    private <T> T block(Sheet sheet, String marker, Class<T> type) {
        List<FlatInputs.Row> rows = new ArrayList<>();
        boolean inBlock = false;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String first = row == null ? null : text(row.getCell(0));
            if (!inBlock) {
                if (marker.equals(first)) {
                    inBlock = true;
                    r += 2; // the two header rows
                }
                continue;
            }
            if (END_OF_INPUTS.equals(first)) {
                break;
            }
            if (first == null || first.isBlank()) {
                continue;
            }
            Cell value = row.getCell(1);
            Object read = value != null && value.getCellType() == CellType.NUMERIC
                    ? decimal(value.getNumericCellValue())
                    : text(value);
            if (read != null) {
                rows.add(new FlatInputs.Row(first.strip(), read));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        try {
            return FlatInputs.unflatten(json, rows, type);
        } catch (IOException | IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    sheet.getSheetName() + "!" + marker, "cannot be read: " + e.getMessage());
        }
    }

    private static BigDecimal decimal(Sheet sheet, Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return decimal(cell.getNumericCellValue());
        }
        try {
            return new BigDecimal(text(cell).strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    sheet.getSheetName() + "!" + cell.getAddress().formatAsString(), "must be a number");
        }
    }

    /** A cell's number back to the decimal that was written: the shortest decimal that is this double. */
    private static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros();
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> decimal(cell.getNumericCellValue()).toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }
}
