package org.weconomics.canvas.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.template.ValueTag;
import org.weconomics.support.csv.Csv;
import org.weconomics.support.problem.ProblemException;

/**
 * Notes as CSV (RFC 4180, comma separated, CRLF line ends, header row): block, position, text, colour, value tags
 * and lens tags (each joined by {@code ;}), author and creation time, written by the platform's {@link Csv}: a cell
 * that a spreadsheet would read as a formula gets a leading apostrophe, so that opening the file runs nothing;
 * reading takes that apostrophe off again.
 */
public final class NotesCsv {

    static final List<String> HEADER =
            List.of("block", "position", "text", "colour", "valueTags", "lensTags", "author", "createdAt");

    private NotesCsv() {}

    public static String write(List<Note> notes) {
        StringBuilder csv = new StringBuilder(row(HEADER.stream()));
        for (Note note : notes) {
            csv.append(row(Stream.of(
                    note.blockKey,
                    String.valueOf(note.position),
                    note.text,
                    note.colour.key(),
                    note.valueTags.stream().map(ValueTag::key).collect(Collectors.joining(";")),
                    String.join(";", note.lensTags),
                    note.author,
                    note.createdAt.toString())));
        }
        return csv.toString();
    }

    private static String row(Stream<String> cells) {
        return Csv.row(cells.toList());
    }

    /**
     * The data rows of a CSV text as maps from header name to cell; quoted cells may hold commas, quotes and line
     * breaks. A row with another number of cells than the header is refused, naming its index.
     */
    public static List<Map<String, String>> read(String csv) {
        List<List<String>> rows = parse(csv);
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("body", "must start with a header row, e.g. block,text,colour");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw ProblemException.invalidField(
                        "notes[" + records.size() + "]",
                        "has " + row.size() + " cells but the header has " + header.size());
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                record.put(header.get(column), Csv.readCell(row.get(column)));
            }
            records.add(record);
        }
        return records;
    }

    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw ProblemException.invalidField("body", "ends inside a quoted cell");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
