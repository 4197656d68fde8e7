package org.weconomics.support.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunGetsAnApostropheAndStaysOneCell() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(Csv.cell("+31 9 123")).isEqualTo("'+31 9 123");
        assertThat(Csv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
        assertThat(Csv.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(Csv.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Csv.cell(3)).isEqualTo("3");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("Hout, BV")).isEqualTo("\"Hout, BV\"");
        assertThat(Csv.row("a", 1, null, "x=y")).isEqualTo("a,1,,x=y\r\n");
    }

    @Test
    void readingTakesTheApostropheOffAgain() {
        assertThat(Csv.readCell("'=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(Csv.readCell("'\tinsprong")).isEqualTo("\tinsprong");
        assertThat(Csv.readCell("'t is mooi")).isEqualTo("'t is mooi");
        assertThat(Csv.readCell("'")).isEqualTo("'");
    }
}
