package org.weconomics.canvas.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the layout and renderer tests. */
final class PictureAssertions {

    private PictureAssertions() {}

    /** Text without any white space, to compare what was written with what was wrapped onto several lines. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** No two of the boxes share any area. */
    static void assertNoOverlap(List<Box> boxes, String what) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j)))
                        .as("%s %s and %s overlap", what, boxes.get(i), boxes.get(j))
                        .isFalse();
            }
        }
    }

    /** Every box lies inside the container, allowing for the two decimals the SVG writes. */
    static void assertAllInside(Box container, List<Box> boxes, String what) {
        Box tolerant = new Box(
                container.x() - 0.01, container.y() - 0.01, container.width() + 0.02, container.height() + 0.02);
        for (Box box : boxes) {
            assertThat(tolerant.contains(box))
                    .as("%s %s lies inside %s", what, box, container)
                    .isTrue();
        }
    }
}
