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
}
