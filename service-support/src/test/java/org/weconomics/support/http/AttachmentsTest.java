package org.weconomics.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void theAsciiNameIsAReadableSlugOfWhatTheFileShows() {
        assertThat(Attachments.slug("Eén loket & café", "canvas")).isEqualTo("een-loket-cafe");
        assertThat(Attachments.slug("  \"Quoted\"/path\\ ", "canvas")).isEqualTo("quoted-path");
        assertThat(Attachments.slug("🙂🙂", "canvas")).isEqualTo("canvas");
        assertThat(Attachments.slug("a".repeat(200), "canvas")).hasSize(80);
    }

    @Test
    void browsersThatReadFilenameStarSaveTheNameAsWritten() {
        assertThat(Attachments.of("Eén loket & café", "canvas", "pdf"))
                .isEqualTo("attachment; filename=\"een-loket-cafe.pdf\"; "
                        + "filename*=UTF-8''E%C3%A9n%20loket%20%26%20caf%C3%A9.pdf");
        assertThat(Attachments.of("Soep*", "canvas", "svg")).endsWith("filename*=UTF-8''Soep%2A.svg");
    }

    @Test
    void whatAHeaderOrAFileSystemCannotTakeIsLeftOut() {
        assertThat(Attachments.of("a/b\\c\"d\r\ne", "canvas", "csv"))
                .isEqualTo("attachment; filename=\"a-b-c-d-e.csv\"; filename*=UTF-8''a%20b%20c%20d%20e.csv");
        assertThat(Attachments.of(" ", "canvas", "csv")).isEqualTo("attachment; filename=\"canvas.csv\"");
    }
}
