package org.weconomics.partnership.assessment;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.weconomics.partnership.partner.Partner;

/**
 * Keeps each partner's assessment independent: the members who represent a partner see the other partners'
 * submitted answers only once their own partner has submitted one. Members who represent no partner (coaches,
 * other members of the local group) and admins see every submitted assessment.
 */
final class AssessmentSeal {

    private final Set<UUID> revealedPartners;

    private AssessmentSeal(Set<UUID> revealedPartners) {
        this.revealedPartners = revealedPartners;
    }

    static AssessmentSeal of(String subject, boolean admin, List<Partner> currentPartners, List<Assessment> submitted) {
        if (admin) {
            return new AssessmentSeal(null);
        }
        Set<UUID> represented = currentPartners.stream()
                .filter(partner -> partner.representatives.contains(subject))
                .map(partner -> partner.id)
                .collect(Collectors.toSet());
        Set<UUID> submittedPartners = submitted.stream()
                .filter(assessment -> assessment.kind == Assessment.Kind.PARTNER)
                .map(assessment -> assessment.partnerId)
                .collect(Collectors.toSet());
        boolean ownAnswersGiven = submittedPartners.containsAll(represented);
        return new AssessmentSeal(ownAnswersGiven ? null : represented);
    }

    /** Whether the caller may read this submitted assessment; the agreed view is everyone's. */
    boolean reveals(Assessment assessment) {
        return revealedPartners == null
                || assessment.kind == Assessment.Kind.AGREED
                || revealedPartners.contains(assessment.partnerId);
    }
}
