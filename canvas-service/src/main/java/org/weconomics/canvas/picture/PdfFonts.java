package org.weconomics.canvas.picture;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The two Standard 14 fonts of one PDF document; not shared between documents, since PDFBox fonts hold state. */
record PdfFonts(PDType1Font regular, PDType1Font bold) {

    static PdfFonts helvetica() {
        return new PdfFonts(
                new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    PDType1Font of(boolean isBold) {
        return isBold ? bold : regular;
    }
}
