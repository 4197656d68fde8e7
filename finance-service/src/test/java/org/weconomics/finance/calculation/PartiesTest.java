package org.weconomics.finance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartiesTest {

    @Test
    void keepsTheListedOrderAndTellsPartnersFromSuppliers() {
        Parties parties = WorkedExample.parties();

        assertThat(parties.all()).extracting(Party::id).containsExactly("werkplaats", "houthandel", "hout-bv");
        assertThat(parties.partners()).extracting(Party::id).containsExactly("werkplaats", "houthandel");
    }

    @Test
    void rejectsAnIdUsedTwiceAndNamesTheSecond() {
        assertThatThrownBy(() -> Parties.of(List.of(Party.partner("a", "A"), Party.partner("a", "A again"))))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("parties[1].id"));
    }

    @Test
    void reportsEveryIncompletePartyAtOnce() {
        List<Party> parties = Arrays.asList(Party.partner("a", "A"), null, new Party(" ", "B", null));

        assertThatThrownBy(() -> Parties.of(parties))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly("parties[1]", "parties[2].id", "parties[2].kind"));
    }

    @Test
    void needsAtLeastOnePartnerToShareTheMargin() {
        assertThatThrownBy(() -> Parties.of(List.of(Party.externalSupplier("s", "Supplier"))))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("parties"));
    }
}
