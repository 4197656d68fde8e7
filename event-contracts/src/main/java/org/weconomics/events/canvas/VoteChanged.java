package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * A participant cast a vote on a note, or withdrew one ({@code org.weconomics.canvas.vote-cast},
 * {@code org.weconomics.canvas.vote-withdrawn}).
 *
 * @param canvasId the canvas the note is on
 * @param roundId the open voting round
 * @param noteId the note
 * @param voter token subject of the participant
 * @param voterVotesOnNote how many of the voter's votes are on this note now
 * @param voterVotesLeft how many votes the voter has left in the round now
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record VoteChanged(
        UUID canvasId, UUID roundId, UUID noteId, String voter, int voterVotesOnNote, int voterVotesLeft, Long sequence)
        implements CanvasChangeEvent {}
