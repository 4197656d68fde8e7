package org.weconomics.canvas.picture;

import org.weconomics.canvas.note.NoteColour;

/** The paper colour of each note colour: light enough that dark text stays readable when printed. */
final class StickyPalette {

    private StickyPalette() {}

    /** {@code #RRGGBB}. */
    static String fill(NoteColour colour) {
        return switch (colour) {
            case YELLOW -> "#FFEB80";
            case ORANGE -> "#FFC785";
            case PINK -> "#FFB8D2";
            case GREEN -> "#C6E9A8";
            case BLUE -> "#B5DCFF";
            case PURPLE -> "#D9C4F0";
        };
    }
}
