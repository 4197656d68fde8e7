package org.weconomics.partnership.tension;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The register at a glance: per value domain and priority category, how many tensions are still open (open or in
 * dialogue) and how many are settled (resolved or accepted).
 */
@Schema(name = "TensionSummary")
public record TensionSummary(
        @Schema(description = "One row per value domain, in the order of the blended BMC.") List<Row> rows,
        @Schema(description = "Totals per category over all domains.") List<Cell> totals,
        @Schema(description = "How many tensions the register holds.") int tensions,
        @Schema(description = "How many unresolved tensions have a review date in the past.") int overdueReviews) {

    /** The column of tensions not yet prioritised. */
    public static final String UNPRIORITISED = "unprioritised";

    @Schema(name = "TensionSummaryRow")
    public record Row(
            @Schema(example = "value-capture") String valueDomain, List<Cell> cells, int open, int resolved) {}

    @Schema(name = "TensionSummaryCell")
    public record Cell(
            @Schema(description = "strategic, organisational, legal or unprioritised.", example = "strategic")
                    String category,
            @Schema(description = "Open or in dialogue.") int open,
            @Schema(description = "Resolved or accepted.") int resolved) {}

    static TensionSummary of(List<Tension> register, LocalDate today) {
        List<Row> rows = Arrays.stream(ValueDomain.values())
                .map(domain -> row(
                        domain,
                        register.stream().filter(t -> t.valueDomain == domain).toList()))
                .toList();
        List<Cell> totals = cells(register);
        int overdue = (int) register.stream()
                .filter(tension -> tension.isReviewOverdue(today))
                .count();
        return new TensionSummary(rows, totals, register.size(), overdue);
    }

    private static Row row(ValueDomain domain, List<Tension> tensions) {
        List<Cell> cells = cells(tensions);
        return new Row(
                domain.jsonName(),
                cells,
                cells.stream().mapToInt(Cell::open).sum(),
                cells.stream().mapToInt(Cell::resolved).sum());
    }

    private static List<Cell> cells(List<Tension> tensions) {
        List<Cell> cells = new java.util.ArrayList<>(Arrays.stream(TensionCategory.values())
                .map(category -> cell(
                        category.jsonName(),
                        tensions.stream().filter(t -> t.category == category).toList()))
                .toList());
        cells.add(cell(
                UNPRIORITISED, tensions.stream().filter(t -> t.category == null).toList()));
        return cells;
    }

    private static Cell cell(String category, List<Tension> tensions) {
        int open = (int) tensions.stream()
                .filter(tension -> tension.status.isUnsettled())
                .count();
        return new Cell(category, open, tensions.size() - open);
    }
}
