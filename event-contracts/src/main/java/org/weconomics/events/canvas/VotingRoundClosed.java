package org.weconomics.events.canvas;

import java.util.List;
import java.util.UUID;

/**
 * The facilitator closed a round of dot voting; no votes change in it any more.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param roundId the round
 * @param number the round's number on this canvas, from 1
 * @param results the notes that received votes, most votes first
 * @param closedBy token subject of who closed it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record VotingRoundClosed(
        UUID canvasId,
        String localGroup,
        UUID roundId,
        int number,
        List<NoteVotes> results,
        String closedBy,
        Long sequence)
        implements CanvasChangeEvent {

    /**
     * The votes one note received in the round.
     *
     * @param noteId the note
     * @param votes how many votes it received
     */
    public record NoteVotes(UUID noteId, int votes) {}
}
