package org.weconomics.partnership.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.weconomics.partnership.agreement.AgreementView.Element;
import org.weconomics.partnership.agreement.AgreementView.Table;
import org.weconomics.partnership.catalogue.Language;

/** Writes the agreement as an editable Word draft: title block, a heading per element, tables for tabular data. */
final class AgreementDocx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String HEADING = "Heading1";
    private static final String TITLE = "Title";
    private static final String FONT = "Calibri";
    /** A4 minus 2.5 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9000;

    private static final int TWIPS_PER_CHARACTER = 115;

    private AgreementDocx() {}

    static byte[] render(AgreementView agreement) {
        AgreementLabels labels =
                new AgreementLabels(Language.valueOf(agreement.language().toUpperCase()));
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defineStyles(document);
            pageSetup(document);
            titleBlock(document, agreement, labels);
            for (Element element : agreement.elements()) {
                element(document, element, labels);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the agreement document", e);
        }
    }

    private static void titleBlock(XWPFDocument document, AgreementView agreement, AgreementLabels labels) {
        XWPFParagraph title = document.createParagraph();
        title.setStyle(TITLE);
        run(title, labels.title() + " \u2013 " + agreement.partnershipName(), false, false);
        XWPFParagraph draft = document.createParagraph();
        run(draft, labels.draft(), false, true);
        XWPFParagraph meta = document.createParagraph();
        run(
                meta,
                labels.date() + ": " + agreement.date() + "    " + labels.version() + ": 0." + agreement.draftVersion()
                        + " (" + labels.say("draft", "ontwerp") + ")",
                false,
                false);
    }

    private static void element(XWPFDocument document, Element element, AgreementLabels labels) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle(HEADING);
        run(heading, element.number() + ". " + element.title(), false, false);
        XWPFParagraph status = document.createParagraph();
        run(status, labels.status() + ": ", true, false);
        run(status, element.statusLabel(), false, false);
        paragraph(document, element.description(), false, true);
        for (String fact : element.facts()) {
            paragraph(document, fact, false, false);
        }
        for (Table table : element.tables()) {
            table(document, table);
        }
        paragraph(document, labels.agreed(), true, false);
        String text = element.text() == null ? labels.nothingWritten() : element.text();
        for (String line : text.split("\\R")) {
            paragraph(document, line, false, element.text() == null);
        }
        if (!element.openPoints().isEmpty()) {
            paragraph(document, labels.openPoints(), true, false);
            for (String point : element.openPoints()) {
                paragraph(document, "\u2022 " + point, false, false);
            }
        }
    }

    private static void table(XWPFDocument document, Table data) {
        paragraph(document, data.caption(), true, false);
        XWPFTable table =
                document.createTable(data.rows().size() + 1, data.headers().size());
        table.getCTTbl().getTblPr().addNewTblW().setType(STTblWidth.DXA);
        table.getCTTbl().getTblPr().getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
        int[] widths = columnWidths(data);
        var grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int column = 0; column < widths.length; column++) {
            var gridColumn = column < grid.sizeOfGridColArray() ? grid.getGridColArray(column) : grid.addNewGridCol();
            gridColumn.setW(BigInteger.valueOf(widths[column]));
        }
        fill(table.getRow(0), data.headers(), true, widths);
        for (int row = 0; row < data.rows().size(); row++) {
            fill(table.getRow(row + 1), data.rows().get(row), false, widths);
        }
        document.createParagraph();
    }

    /**
     * Widths that keep every column's longest word on one line and share the rest by how much text a column holds,
     * so that a number column stays narrow and a description column gets room.
     */
    static int[] columnWidths(Table data) {
        int columns = data.headers().size();
        int[] minimum = new int[columns];
        int[] weight = new int[columns];
        for (int column = 0; column < columns; column++) {
            List<String> texts =
                    new java.util.ArrayList<>(List.of(data.headers().get(column)));
            for (List<String> row : data.rows()) {
                texts.add(row.get(column));
            }
            int longestWord = texts.stream()
                    .flatMap(text -> java.util.Arrays.stream(text.split("\\s+")))
                    .mapToInt(String::length)
                    .max()
                    .orElse(1);
            minimum[column] = Math.min((longestWord + 2) * TWIPS_PER_CHARACTER, TEXT_WIDTH / columns);
            weight[column] = Math.max(
                    1,
                    Math.min(60, texts.stream().mapToInt(String::length).max().orElse(1)));
        }
        int rest = TEXT_WIDTH - java.util.Arrays.stream(minimum).sum();
        int weights = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[columns];
        for (int column = 0; column < columns; column++) {
            widths[column] = minimum[column] + Math.max(0, rest) * weight[column] / weights;
        }
        return widths;
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header, int[] widths) {
        for (int column = 0; column < cells.size(); column++) {
            row.getCell(column).setWidth(String.valueOf(widths[column]));
            XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
            run(paragraph, cells.get(column), header, false);
            if (header) {
                row.getCell(column).setColor("D9E2F3");
            }
        }
        if (header) {
            row.setRepeatHeader(true);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        // Bold lines are captions of what follows: air above them, none below.
        paragraph.setSpacingBefore(bold ? 160 : 0);
        paragraph.setSpacingAfter(bold ? 40 : 80);
        run(paragraph, text, bold, italic);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(FONT);
        if (paragraph.getStyle() == null) {
            run.setFontSize(11);
        }
    }

    /** A4 with margins of 2.5 cm, so that tables fill the text width exactly. */
    private static void pageSetup(XWPFDocument document) {
        var section = document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        int margin = (11906 - TEXT_WIDTH) / 2;
        margins.setLeft(BigInteger.valueOf(margin));
        margins.setRight(BigInteger.valueOf(margin));
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
    }

    /** A new document has no styles; these make the headings real headings (navigation pane, table of contents). */
    private static void defineStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(TITLE, "Title", 0, 20, "1F3864"));
        styles.addStyle(style(HEADING, "heading 1", 0, 14, "2F5496"));
    }

    private static XWPFStyle style(String id, String name, int outlineLevel, int points, String color) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        run.addNewColor().setVal(color);
        run.addNewRFonts().setAscii(FONT);
        run.getRFontsArray(0).setHAnsi(FONT);
        return new XWPFStyle(style);
    }
}
