package org.weconomics.canvas.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes sample pictures to {@code canvas-service/target/pictures}, to look at after a change to the layout:
 * {@code mvn -q -pl canvas-service test -Dtest=PictureSamplesTest}, then for instance
 * {@code pdftoppm -png -r 50 target/pictures/blended-de-wroeter.pdf target/pictures/blended-de-wroeter} and
 * {@code rsvg-convert -w 1600 target/pictures/bmc-100-notes.svg > target/pictures/bmc-100-notes.png}.
 */
class PictureSamplesTest {

    private static final Path SAMPLES = Path.of("target", "pictures");

    @Test
    void writesTheSamplePictures() throws IOException {
        Files.createDirectories(SAMPLES);
        BoardPicture crowded = PictureTestData.hundredNoteBusinessModelCanvas(PictureTestData.bmcAttribution("en"));
        BoardPicture deWroeter = PictureTestData.deWroeterBlendedCanvas();

        write("bmc-100-notes", crowded);
        write("blended-de-wroeter", deWroeter);

        assertThat(SAMPLES.resolve("blended-de-wroeter.pdf")).isNotEmptyFile();
        assertThat(SAMPLES.resolve("bmc-100-notes.svg")).isNotEmptyFile();
    }

    private static void write(String name, BoardPicture board) throws IOException {
        Files.writeString(SAMPLES.resolve(name + ".svg"), new SvgRenderer().render(board), StandardCharsets.UTF_8);
        Files.write(SAMPLES.resolve(name + ".pdf"), new PdfRenderer().renderWithAppendix(board));
    }
}
