package org.weconomics.canvas.picture;

/**
 * The "+N more" sticky that stands in for the notes of a block that did not fit even at the smallest sticky size.
 * They are all listed in the PDF appendix.
 */
public record OverflowPlacement(int hiddenNotes, Box paper, TextLine label) {}
