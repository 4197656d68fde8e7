package org.weconomics.canvas.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "null | NL",
                "'' | NL",
                "en | EN",
                "en-GB,en;q=0.9 | EN",
                "nl-BE | NL",
                "fr,en;q=0.5,nl;q=0.8 | NL",
                "fr,en;q=0.5 | EN",
                "de | NL",
                "*;q=0.x | NL",
                "en;q=0,nl;q=0.1 | NL"
            })
    void dutchUnlessEnglishIsPreferred(String acceptLanguage, Language expected) {
        assertThat(Language.negotiate(acceptLanguage)).isEqualTo(expected);
    }
}
