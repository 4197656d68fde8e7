package org.weconomics.finance.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.weconomics.support.problem.ProblemException;

/**
 * Our limits on an uploaded workbook, so that a zip bomb or a sheet of a million rows costs a 400, not the memory of
 * the service. An earnings model workbook as the service writes it is a few dozen kilobytes in about 20 entries;
 * the limits leave room for a workbook that a spreadsheet program saved again, and nothing near what would hurt.
 *
 * <p>The upload is first inflated as a stream and thrown away, counting (entries, bytes per entry, bytes in all,
 * expansion over the upload), before POI parses anything; POI's own zip guard is set to the same limits as a second
 * line. The sheets read are then bounded in rows.
 */
final class WorkbookLimits {

    /** Entries of the zip (a workbook has parts per sheet, styles, strings, relations…). */
    static final int MAX_ENTRIES = 200;
    /** Inflated bytes of one entry, such as a sheet's XML. */
    static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;
    /** Inflated bytes of all entries together. */
    static final long MAX_TOTAL_BYTES = 25L * 1024 * 1024;
    /** How much larger than the upload its content may be. */
    static final long MAX_EXPANSION = 100;
    /** Rows of one sheet that are read. */
    static final int MAX_ROWS = 10_000;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private WorkbookLimits() {}

    /** @throws ProblemException 400 on {@code workbook} when the upload expands beyond our limits */
    static void requireWithinLimits(byte[] upload) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("has more than " + MAX_ENTRIES + " parts");
                }
                long entryBytes = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    entryBytes += read;
                    total += read;
                    if (entryBytes > MAX_ENTRY_BYTES) {
                        throw refused("has a part (" + entry.getName() + ") that expands to more than "
                                + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw refused("expands to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                    }
                    if (total > MAX_EXPANSION * Math.max(upload.length, 1) && total > 1024 * 1024) {
                        throw refused("expands more than " + MAX_EXPANSION + " times its size, as a zip bomb does");
                    }
                }
            }
        } catch (IOException e) {
            // Not a zip at all: POI's reading names what is wrong with it.
        }
    }

    /** @throws ProblemException 400 on {@code workbook} when the sheet has more rows than are read */
    static void requireRows(Sheet sheet) {
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            throw refused("has " + (sheet.getLastRowNum() + 1) + " rows on sheet '" + sheet.getSheetName()
                    + "'; at most " + MAX_ROWS + " are read");
        }
    }

    private static ProblemException refused(String why) {
        return ProblemException.invalidField("workbook", why + "; this is not an earnings model workbook");
    }
}
