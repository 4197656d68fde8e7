package org.weconomics.canvas.picture.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.template.Language;

class BoardPictureMapperTest {

    @Test
    void theSubtitleNamesTheLocalGroupAndTheDateInTheBoardsLanguage() {
        LocalDate day = LocalDate.of(2025, 3, 14);
        assertThat(BoardPictureMapper.subtitle("gent", day, Language.NL)).isEqualTo("gent · 14 maart 2025");
        assertThat(BoardPictureMapper.subtitle("gent", day, Language.EN)).isEqualTo("gent · 14 March 2025");
    }

    @Test
    void fileNamesAreReadableAsciiSlugsOfTheTitle() {
        assertThat(PictureFileNames.slug("Eén loket & café")).isEqualTo("een-loket-cafe");
        assertThat(PictureFileNames.slug("  \"Quoted\"/path\\ ")).isEqualTo("quoted-path");
        assertThat(PictureFileNames.slug("🙂🙂")).isEqualTo("canvas");
        assertThat(PictureFileNames.slug("a".repeat(200))).hasSize(80);
        assertThat(PictureFileNames.inline("Samen koken", "pdf")).isEqualTo("inline; filename=\"samen-koken.pdf\"");
    }
}
