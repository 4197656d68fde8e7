package org.weconomics.canvas.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.facilitation.VotingResultsView;
import org.weconomics.canvas.facilitation.VotingService;
import org.weconomics.canvas.snapshot.CreateSnapshotRequest;
import org.weconomics.canvas.snapshot.SnapshotService;
import org.weconomics.events.workshop.WorkshopPresented;

/**
 * What a workshop leaves behind when it is presented: a snapshot of each of its canvases as the group presented it,
 * and the outcome published as {@code org.weconomics.workshop.presented}. Runs in the status change's transaction, so
 * the snapshots, the new status and the event are there together or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkshopOutcome {

    private static final int MAX_SNAPSHOT_NAME = 200;

    private final SnapshotService snapshots;
    private final VotingService voting;

    public WorkshopOutcome(SnapshotService snapshots, VotingService voting) {
        this.snapshots = snapshots;
        this.voting = voting;
    }

    /** Takes a snapshot of each of the workshop's canvases, named after the workshop. */
    List<WorkshopPresented.PresentedCanvas> snapshotCanvases(Workshop workshop) {
        String name = snapshotName(workshop);
        List<WorkshopPresented.PresentedCanvas> presented = new ArrayList<>();
        for (Canvas canvas : WorkshopService.canvasesOf(workshop)) {
            var snapshot = snapshots.take(canvas.id, new CreateSnapshotRequest(name));
            presented.add(new WorkshopPresented.PresentedCanvas(
                    canvas.id, canvas.templateKey, canvas.title, snapshot.noteCount(), snapshot.id()));
        }
        return presented;
    }

    /** The outcome event, once the workshop's status and version are what they will be after the change. */
    WorkshopPresented presented(
            Workshop workshop, List<WorkshopPresented.PresentedCanvas> canvases, String presentedBy) {
        List<WorkshopPresented.VotingRoundOutcome> rounds = new ArrayList<>();
        for (WorkshopPresented.PresentedCanvas canvas : canvases) {
            for (VotingResultsView results : voting.closedRoundResults(canvas.canvasId())) {
                rounds.add(outcomeOf(canvas, results));
            }
        }
        return new WorkshopPresented(
                workshop.id,
                workshop.localGroup,
                workshop.title,
                workshop.date.toString(),
                workshop.language.language().tag(),
                canvases,
                rounds,
                presentCount(workshop),
                workshop.nextSteps.stream()
                        .map(step -> new WorkshopPresented.NextStep(
                                step.kind().key(),
                                step.text(),
                                step.owner(),
                                step.dueDate() == null ? null : step.dueDate().toString()))
                        .toList(),
                presentedBy,
                workshop.version);
    }

    /** Who took part: everyone on the list who was not absent. */
    static int presentCount(Workshop workshop) {
        return (int) workshop.participants.stream()
                .filter(participant -> participant.attendance() != Attendance.ABSENT)
                .count();
    }

    static String snapshotName(Workshop workshop) {
        String name = (workshop.language == WorkshopLanguage.NL
                        ? "Gepresenteerd op de workshop "
                        : "Presented at the workshop ")
                + workshop.title;
        return name.length() > MAX_SNAPSHOT_NAME ? name.substring(0, MAX_SNAPSHOT_NAME) : name;
    }

    private static WorkshopPresented.VotingRoundOutcome outcomeOf(
            WorkshopPresented.PresentedCanvas canvas, VotingResultsView results) {
        List<WorkshopPresented.Winner> winners = results.notes().stream()
                .filter(note -> note.rank() == 1 && note.votes() > 0)
                .map(note -> new WorkshopPresented.Winner(note.noteId(), note.blockKey(), note.text(), note.votes()))
                .toList();
        return new WorkshopPresented.VotingRoundOutcome(
                canvas.canvasId(), results.roundId(), results.number(), results.totalVotes(), winners);
    }
}
