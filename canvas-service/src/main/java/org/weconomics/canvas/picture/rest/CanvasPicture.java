package org.weconomics.canvas.picture.rest;

import org.weconomics.canvas.picture.BoardPicture;

/**
 * What a picture route draws, with what its response headers need.
 *
 * @param board   the board, in the negotiated language
 * @param version the canvas version, sent as the ETag
 */
record CanvasPicture(BoardPicture board, long version) {}
