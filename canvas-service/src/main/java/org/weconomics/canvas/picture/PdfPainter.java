package org.weconomics.canvas.picture;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Draws layout shapes on one PDF page, turning the layout's top-left coordinates into PDF's bottom-left ones.
 */
final class PdfPainter implements AutoCloseable {

    /** Distance of a Bézier control point for a quarter circle, as a fraction of the radius. */
    private static final float QUARTER_CIRCLE = 0.5523f;

    private final PDPageContentStream content;
    private final PdfFonts fonts;
    private final float pageHeight;

    PdfPainter(PDDocument document, PDPage page, PdfFonts fonts) throws IOException {
        this.content = new PDPageContentStream(document, page);
        this.fonts = fonts;
        this.pageHeight = page.getMediaBox().getHeight();
    }

    void fill(Box box, String colour, double cornerRadius) throws IOException {
        content.setNonStrokingColor(red(colour), green(colour), blue(colour));
        path(box, cornerRadius);
        content.fill();
    }

    void stroke(Box box, String colour, double lineWidth, float... dashes) throws IOException {
        content.saveGraphicsState();
        content.setStrokingColor(red(colour), green(colour), blue(colour));
        content.setLineWidth((float) lineWidth);
        content.setLineDashPattern(dashes, 0);
        path(box, 0);
        content.stroke();
        content.restoreGraphicsState();
    }

    /** A translucent black rectangle: a shadow that darkens whatever lies below it. */
    void shade(Box box, float opacity) throws IOException {
        content.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(opacity);
        content.setGraphicsStateParameters(translucent);
        fill(box, "#000000", 0);
        content.restoreGraphicsState();
    }

    void text(TextLine line) throws IOException {
        if (line.text().isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(fonts.of(line.bold()), (float) line.fontSize());
        content.setNonStrokingColor(red(line.colour()), green(line.colour()), blue(line.colour()));
        content.newLineAtOffset((float) line.x(), pageHeight - (float) line.baseline());
        content.showText(line.text());
        content.endText();
    }

    void badge(Badge badge) throws IOException {
        fill(badge.box(), badge.fill(), badge.cornerRadius());
        if (badge.label() != null) {
            text(badge.label());
        }
    }

    private void path(Box box, double cornerRadius) throws IOException {
        float left = (float) box.x();
        float bottom = pageHeight - (float) box.bottom();
        float width = (float) box.width();
        float height = (float) box.height();
        float radius = (float) Math.min(cornerRadius, Math.min(box.width(), box.height()) / 2);
        if (radius <= 0) {
            content.addRect(left, bottom, width, height);
            return;
        }
        float right = left + width;
        float top = bottom + height;
        float control = radius * QUARTER_CIRCLE;
        content.moveTo(left + radius, bottom);
        content.lineTo(right - radius, bottom);
        content.curveTo(right - radius + control, bottom, right, bottom + radius - control, right, bottom + radius);
        content.lineTo(right, top - radius);
        content.curveTo(right, top - radius + control, right - radius + control, top, right - radius, top);
        content.lineTo(left + radius, top);
        content.curveTo(left + radius - control, top, left, top - radius + control, left, top - radius);
        content.lineTo(left, bottom + radius);
        content.curveTo(left, bottom + radius - control, left + radius - control, bottom, left + radius, bottom);
        content.closePath();
    }

    private static float red(String colour) {
        return Integer.parseInt(colour.substring(1, 3), 16) / 255f;
    }

    private static float green(String colour) {
        return Integer.parseInt(colour.substring(3, 5), 16) / 255f;
    }

    private static float blue(String colour) {
        return Integer.parseInt(colour.substring(5, 7), 16) / 255f;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
