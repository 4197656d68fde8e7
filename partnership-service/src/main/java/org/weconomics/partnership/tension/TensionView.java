package org.weconomics.partnership.tension;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.events.partnership.TensionState;
import org.weconomics.partnership.people.PeopleNames;
import org.weconomics.support.concurrency.Versioned;

/** A tension as clients read it; its version is the ETag. */
@Schema(name = "Tension")
public record TensionView(
        UUID id,
        UUID partnershipId,
        @Schema(example = "Verdeelsleutel van waarde") String title,
        String description,
        @Schema(example = "value-capture") ValueDomain valueDomain,
        @Schema(example = "revenue-streams") BmcBlock bmcBlock,
        @Schema(example = "strategic") TensionCategory category,
        @Schema(example = "high") Severity severity,
        UUID ownerPartnerId,
        @Schema(example = "in-dialogue") TensionStatus status,
        @Schema(description = "The statuses it may move to now.") List<TensionStatus> allowedNextStatuses,
        @Schema(example = "3") Integer agreementElement,
        @Schema(example = "2026-09-30") LocalDate nextReviewDate,
        @Schema(description = "The review date has passed while the tension is not resolved.") boolean reviewOverdue,
        String catalogueKey,
        List<Solution> solutions,
        @Schema(description = "Token subject of who registered it.") String createdBy,
        @Schema(
                        description =
                                "The name of that person as the people directory has it; null when no local group lists them.",
                        example = "Anna Peeters")
                String createdByName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "2") long version)
        implements Versioned {

    static TensionView of(Tension tension, LocalDate today) {
        return new TensionView(
                tension.id,
                tension.partnershipId,
                tension.title,
                tension.description,
                tension.valueDomain,
                tension.bmcBlock,
                tension.category,
                tension.severity,
                tension.ownerPartnerId,
                tension.status,
                tension.status.next().stream().sorted().toList(),
                tension.agreementElement,
                tension.nextReviewDate,
                tension.isReviewOverdue(today),
                tension.catalogueKey,
                List.copyOf(tension.solutions),
                tension.createdBy,
                PeopleNames.displayName(tension.createdBy),
                tension.createdAt,
                tension.updatedAt,
                tension.version);
    }

    static TensionState event(Tension tension, String localGroup) {
        return new TensionState(
                tension.partnershipId,
                localGroup,
                tension.id,
                tension.title,
                tension.valueDomain.jsonName(),
                tension.bmcBlock == null ? null : tension.bmcBlock.jsonName(),
                tension.category == null ? null : tension.category.jsonName(),
                tension.severity.jsonName(),
                tension.status.jsonName(),
                tension.ownerPartnerId,
                tension.agreementElement,
                tension.nextReviewDate == null ? null : tension.nextReviewDate.toString(),
                tension.solutions.size());
    }
}
