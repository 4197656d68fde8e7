package org.weconomics.canvas.picture;

/** A rectangle on the page in points, measured from the top left corner of the page (as in SVG). */
public record Box(double x, double y, double width, double height) {

    /** Tolerance for comparing positions that went through floating point arithmetic. */
    private static final double EPSILON = 1e-6;

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    /** Whether the other box lies entirely inside this one (touching edges count as inside). */
    public boolean contains(Box other) {
        return other.x >= x - EPSILON
                && other.y >= y - EPSILON
                && other.right() <= right() + EPSILON
                && other.bottom() <= bottom() + EPSILON;
    }

    /** Whether the two boxes share some area (boxes that only touch do not overlap). */
    public boolean overlaps(Box other) {
        return other.x < right() - EPSILON
                && x < other.right() - EPSILON
                && other.y < bottom() - EPSILON
                && y < other.bottom() - EPSILON;
    }

    Box inset(double left, double top, double rightInset, double bottomInset) {
        return new Box(x + left, y + top, width - left - rightInset, height - top - bottomInset);
    }
}
