package org.weconomics.partnership.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.partnership.assessment.FacetStatus;
import org.weconomics.support.concurrency.Versioned;

/** The collaboration agreement as assembled from the partnership's data plus what the partners wrote. */
@Schema(name = "CollaborationAgreement")
public record AgreementView(
        UUID partnershipId,
        @Schema(example = "nl") String language,
        @Schema(example = "Samenwerkingsovereenkomst") String title,
        @Schema(example = "De Wroeter & 37graden") String partnershipName,
        LocalDate date,
        @Schema(description = "Draft version: the number of edits to its elements so far.", example = "4")
                long draftVersion,
        List<Element> elements) {

    /** One of the seven elements. Its version is the ETag for changing its text and status. */
    @Schema(name = "AgreementElement")
    public record Element(
            @Schema(example = "3") int number,
            @Schema(example = "cost-and-revenue-distribution") String key,
            String title,
            String description,
            @Schema(description = "The sources' guidance for this element.") List<String> guidance,
            @Schema(example = "open-points") FacetStatus status,
            @Schema(description = "The status in words, in the language asked for.") String statusLabel,
            @Schema(description = "What the partners wrote; null while nothing.") String text,
            @Schema(description = "Sentences assembled from the partnership's data.") List<String> facts,
            @Schema(description = "Tabular data assembled from the partnership's data.") List<Table> tables,
            @Schema(description = "What still needs to be settled for this element.") List<String> openPoints,
            @Schema(example = "1") long version)
            implements Versioned {}

    @Schema(name = "AgreementTable")
    public record Table(String caption, List<String> headers, List<List<String>> rows) {}
}
