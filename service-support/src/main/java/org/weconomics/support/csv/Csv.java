package org.weconomics.support.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The platform's one way to write CSV (RFC 4180: comma separated, CRLF line ends, a cell quoted when it holds a
 * comma, quote or line break). A text cell that a spreadsheet would run as a formula or DDE call (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that opening the file runs nothing;
 * {@link #readCell} takes it off again. Numbers are written as they are: a negative amount is not a formula.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char NEUTRALISER = '\'';

    private Csv() {}

    /** One line of cells, ending in CRLF. */
    public static String row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One line of cells, ending in CRLF. */
    public static String row(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell: empty for null, numbers plain, text neutralised and quoted where needed. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        String safe = runsAsFormula(text) ? NEUTRALISER + text : text;
        boolean needsQuotes = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** A cell's text as it was before writing: the apostrophe {@link #cell} put before a formula comes off. */
    public static String readCell(String cell) {
        return cell.length() > 1 && cell.charAt(0) == NEUTRALISER && runsAsFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }

    private static boolean runsAsFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
