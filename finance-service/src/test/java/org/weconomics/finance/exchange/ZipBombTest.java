package org.weconomics.finance.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;

/** A zip bomb uploaded as a workbook is refused with a 400 before anything is parsed, and changes nothing. */
@QuarkusTest
class ZipBombTest {

    @Test
    void aWorkbookThatExpandsTo200MegabytesIsA400() throws IOException {
        byte[] bomb = zipWithSheetOf(200L * 1024 * 1024);
        assertThat(bomb.length).as("the bomb fits the body limit").isLessThan(1024 * 1024);
        PartnershipFixture p = PartnershipFixture.announced("gent");
        String before = p.etag();

        given().auth()
                .oauth2(p.token)
                .header("If-Match", before)
                .contentType(ExchangeResource.XLSX)
                .body(bomb)
                .put("/earnings-models/" + p.modelId + "/workbook")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("workbook"))
                .body("detail", containsString("expands"));

        assertThat(p.etag()).isEqualTo(before);
    }

    @Test
    void theLimitsRefuseABombWhileInflatingItAsAStream() throws IOException {
        byte[] bomb = zipWithSheetOf(50L * 1024 * 1024);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkbookLimits.requireWithinLimits(bomb))
                .hasMessageContaining("expands");
    }

    /** A zip shaped like a workbook whose one sheet is {@code bytes} of blanks: it compresses about 1000 to 1. */
    private static byte[] zipWithSheetOf(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            long written = 0;
            while (written < bytes) {
                zip.write(blanks);
                written += blanks.length;
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
