package org.weconomics.partnership.trajectory;

/**
 * What the trajectory assessment looks at, counted from a partnership's data.
 *
 * @param typeChosen whether both typology axes are chosen
 * @param socialEconomyPartners current partners from the social economy
 * @param regularEconomyPartners current partners from the regular economy
 * @param partnersWithoutContribution current partners with an empty value-proposition board
 * @param activities activities in the value chain
 * @param activitiesWithoutResponsiblePartner activities none of whose responsible partners is a current partner
 */
public record TrajectoryFacts(
        boolean typeChosen,
        int socialEconomyPartners,
        int regularEconomyPartners,
        int partnersWithoutContribution,
        int activities,
        int activitiesWithoutResponsiblePartner,
        int tensions,
        int unresolvedTensions,
        boolean distributionChosen,
        int agreementElementsWritten,
        int agreementElementsCleared) {}
