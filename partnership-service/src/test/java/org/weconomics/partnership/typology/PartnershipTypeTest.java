package org.weconomics.partnership.typology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnershipTypeTest {

    @Test
    void bothAxesGiveTheTypeOfTheSources() {
        assertThat(PartnershipType.of(BusinessModelChange.INNOVATIVE, ActivityIntegration.DIFFERENTIATED))
                .contains(PartnershipType.A);
        assertThat(PartnershipType.of(BusinessModelChange.INNOVATIVE, ActivityIntegration.INTEGRATED))
                .contains(PartnershipType.B);
        assertThat(PartnershipType.of(BusinessModelChange.TRADITIONAL, ActivityIntegration.DIFFERENTIATED))
                .contains(PartnershipType.C);
        assertThat(PartnershipType.of(BusinessModelChange.TRADITIONAL, ActivityIntegration.INTEGRATED))
                .contains(PartnershipType.D);
    }

    @Test
    void aMissingAxisGivesNoType() {
        assertThat(PartnershipType.of(null, ActivityIntegration.INTEGRATED)).isEmpty();
        assertThat(PartnershipType.of(BusinessModelChange.INNOVATIVE, null)).isEmpty();
        assertThat(PartnershipType.of(null, null)).isEmpty();
    }

    @Test
    void everyTypeLeadsBackToItsAxes() {
        for (PartnershipType type : PartnershipType.values()) {
            assertThat(PartnershipType.of(type.businessModel(), type.activities()))
                    .contains(type);
            assertThat(PartnershipType.fromLetter(type.name().toLowerCase())).contains(type);
        }
        assertThat(PartnershipType.fromLetter("E")).isEmpty();
    }
}
