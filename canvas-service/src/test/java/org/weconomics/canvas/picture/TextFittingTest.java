package org.weconomics.canvas.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class TextFittingTest {

    private static final String TEXT = "Coördinatie van vrijwilligers en mantelzorgers in de wijk, met ideeën "
            + "van buurtbewoners over financiële ondersteuning € 25 per maand";

    @Test
    void wrapsSoThatEveryLineFitsByPdfBoxsOwnHelveticaWidths() throws IOException {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        List<String> lines = TextFitting.wrap(TEXT, HelveticaMetrics.REGULAR, 9, 80);

        assertThat(lines).hasSizeGreaterThan(3);
        for (String line : lines) {
            assertThat(helvetica.getStringWidth(line) / 1000 * 9).isLessThanOrEqualTo(80.0001f);
            assertThat(HelveticaMetrics.REGULAR.width(line, 9))
                    .isCloseTo(helvetica.getStringWidth(line) / 1000 * 9, offset(1e-3));
        }
        assertThat(String.join(" ", lines)).isEqualTo(TEXT);
    }

    @Test
    void keepsLineBreaksAndBreaksOnlyWordsLongerThanALine() {
        List<String> lines =
                TextFitting.wrap("kort\nmantelzorgondersteuningsorganisaties", HelveticaMetrics.REGULAR, 10, 60);

        assertThat(lines.get(0)).isEqualTo("kort");
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo("mantelzorgondersteuningsorganisaties");
    }

    @Test
    void prefersASmallerFontOverBreakingAWord() {
        TextFitting.FittedText fitted =
                TextFitting.fit("Klantenwerving door 37graden", HelveticaMetrics.REGULAR, 12, 6, 60, 100);

        assertThat(fitted.lines()).contains("Klantenwerving");
        assertThat(fitted.fontSize()).isLessThan(12);
        assertThat(fitted.truncated()).isFalse();
    }

    @Test
    void replacesWhatHelveticaCannotDrawButKeepsDutchLetters() {
        assertThat(HelveticaMetrics.printable("Samen sterk 💪 in de coöperatie – café, ideeën, € 5"))
                .isEqualTo("Samen sterk ? in de coöperatie – café, ideeën, € 5");
        assertThat(HelveticaMetrics.printable("ZWJ\u200Dtab\there, e\u0308en 中"))
                .isEqualTo("ZWJtab here, ëen ?");
    }
}
