package org.weconomics.canvas.picture;

import java.util.Objects;

/** A comment on a note, listed under the note in the PDF appendix. */
public record PictureComment(String author, String text) {

    public PictureComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
