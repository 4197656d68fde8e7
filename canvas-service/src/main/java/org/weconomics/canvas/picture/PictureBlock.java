package org.weconomics.canvas.picture;

import java.util.Objects;

/**
 * One block (bouwsteen) of the board and where it sits on the template grid (columns and rows count from 0 at the
 * top left, as in the template files).
 *
 * @param groupTitle title of the group the block belongs to (a BMC dimension, a value domain); optional. Blocks of
 *                   one group share a header colour, and the legend names the groups.
 */
public record PictureBlock(
        String key, String title, String groupTitle, int column, int row, int columnSpan, int rowSpan) {

    public PictureBlock {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        if (column < 0 || row < 0 || columnSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("block " + key + " has an impossible grid position");
        }
    }
}
