package org.weconomics.canvas.picture;

/** One entry of the legend in the footer: a sample of what is explained, and its name. */
public record LegendEntry(Badge sample, TextLine label) {}
