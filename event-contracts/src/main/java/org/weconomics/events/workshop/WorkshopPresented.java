package org.weconomics.events.workshop;

import java.util.List;
import java.util.UUID;

/**
 * A workshop's outcome, published when it is presented at the end of the day: what the group made (each canvas with
 * the snapshot taken of it at that moment), what the voting rounds chose, how many took part and what is to happen
 * next. A consumer that follows up a workshop (inviting its participants, starting a partnership trajectory from its
 * BMC) needs nothing else.
 *
 * @param workshopId the workshop
 * @param localGroup key of its local group
 * @param title the workshop's title
 * @param date the day it was held, ISO 8601
 * @param language nl or en, the language it was held in
 * @param canvases its canvases, in the order of the afternoon
 * @param votingRounds every closed voting round on those canvases, in the order they were held
 * @param participantCount participants who were not absent
 * @param nextSteps what the workshop agreed to do after the day, in its order
 * @param presentedBy token subject of who moved it to presented
 * @param version the workshop's version after the change
 */
public record WorkshopPresented(
        UUID workshopId,
        String localGroup,
        String title,
        String date,
        String language,
        List<PresentedCanvas> canvases,
        List<VotingRoundOutcome> votingRounds,
        int participantCount,
        List<NextStep> nextSteps,
        String presentedBy,
        long version)
        implements WorkshopEvent {

    /**
     * One canvas as it was presented.
     *
     * @param canvasId the canvas
     * @param templateKey key of the template it was created from, such as cmc or bmc
     * @param title the canvas's title
     * @param noteCount notes on it when it was presented
     * @param snapshotId the snapshot taken of it at the presentation ({@code GET /canvases/{canvasId}/snapshots/{id}})
     */
    public record PresentedCanvas(UUID canvasId, String templateKey, String title, long noteCount, UUID snapshotId) {}

    /**
     * The outcome of one closed voting round.
     *
     * @param canvasId the canvas the round was held on
     * @param roundId the voting round
     * @param number the round's number on its canvas, from 1
     * @param totalVotes votes cast in the round
     * @param winners the notes with the most votes (several when tied); empty when nobody voted
     */
    public record VotingRoundOutcome(UUID canvasId, UUID roundId, int number, int totalVotes, List<Winner> winners) {}

    /**
     * A note that got the most votes of its round.
     *
     * @param noteId the note
     * @param blockKey key of the canvas block it stands in
     * @param text the note's text
     * @param votes votes it got in the round
     */
    public record Winner(UUID noteId, String blockKey, String text, int votes) {}

    /**
     * One thing to do after the day.
     *
     * @param kind invite-to-local-group, start-partnership-trajectory, join-weconomics-network or other
     * @param text what is to be done
     * @param owner token subject of the member who takes it on; null when nobody was named
     * @param dueDate ISO 8601 date; null when none was set
     */
    public record NextStep(String kind, String text, String owner, String dueDate) {}
}
