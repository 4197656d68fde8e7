package org.weconomics.events.canvas;

import java.util.List;
import java.util.UUID;

/**
 * The facilitator opened a round of dot voting on a canvas.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param roundId the round
 * @param number the round's number on this canvas, from 1
 * @param votesPerParticipant how many votes each participant may cast
 * @param maxVotesPerNote how many of them one participant may put on one note, or null for no limit
 * @param blockKeys the blocks whose notes may be voted on; empty for every block
 * @param openedBy token subject of who opened it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record VotingRoundOpened(
        UUID canvasId,
        String localGroup,
        UUID roundId,
        int number,
        int votesPerParticipant,
        Integer maxVotesPerNote,
        List<String> blockKeys,
        String openedBy,
        Long sequence)
        implements CanvasChangeEvent {}
