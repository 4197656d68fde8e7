package org.weconomics.canvas.picture;

/**
 * A small filled shape with an optional label inside: a value-tag marker, a vote count, a legend swatch.
 *
 * @param cornerRadius 0 for a square-cornered swatch, half the height for a pill
 * @param fill         {@code #RRGGBB}
 * @param label        the text inside, or {@code null} for a plain dot or swatch
 */
public record Badge(Box box, double cornerRadius, String fill, TextLine label) {}
