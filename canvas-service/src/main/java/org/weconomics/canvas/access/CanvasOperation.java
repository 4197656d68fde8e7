package org.weconomics.canvas.access;

import static org.weconomics.canvas.access.CanvasCondition.ARCHIVING;
import static org.weconomics.canvas.access.CanvasCondition.BOARD_LOCKED;
import static org.weconomics.canvas.access.CanvasCondition.HANDING_OVER;
import static org.weconomics.canvas.access.CanvasCondition.WORKED_ON_BY_OTHERS;
import static org.weconomics.canvas.access.CanvasRole.ADMIN;
import static org.weconomics.canvas.access.CanvasRole.FACILITATOR;
import static org.weconomics.canvas.access.CanvasRole.OWNER;
import static org.weconomics.canvas.access.CanvasRole.PARTICIPANT;
import static org.weconomics.canvas.access.CanvasRole.WORKSHOP_FACILITATOR;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.weconomics.support.access.table.RoleTableRow;

/**
 * The role table of the canvas service: every write operation, and who may do it. {@link CanvasAccessFilter}
 * enforces it for every request, {@link CanvasWhoMayDescriptions} states each row in the OpenAPI document, and the
 * role matrix test calls each row as every role. A caller outside the canvas's local group gets 404 before any of
 * this, as if the canvas did not exist.
 *
 * <p>The reasoning: a canvas is the whole local group's work, so its participants make canvases, write, move and
 * comment notes, vote, take and restore snapshots and move the workshop on; the facilitator steers the workshop
 * (hidden mode, revealing, the lock, the focus, voting rounds) and alone hands the facilitation over; what ends a
 * canvas's life (archiving, deleting) is its owner's and facilitator's. Some rows have a {@link CanvasCondition}
 * the services check, as the request or the board's state decides it: the row states it after its roles.
 *
 * <p>A workshop is set up by any member of its local group; from then on its plan, participants, agenda, steps,
 * timer and status are its facilitators' (and admins'): they run the day.
 */
public enum CanvasOperation implements RoleTableRow<CanvasRole> {
    CREATE_CANVAS("POST", "/canvases", PARTICIPANT, ADMIN),
    IMPORT_CANVAS("POST", "/canvases/import", PARTICIPANT, ADMIN),
    UPDATE_CANVAS("PUT", "/canvases/{canvasId}", HANDING_OVER, PARTICIPANT, ADMIN),
    CHANGE_STATUS("PUT", "/canvases/{canvasId}/status", ARCHIVING, PARTICIPANT, ADMIN),
    DELETE_CANVAS("DELETE", "/canvases/{canvasId}", WORKED_ON_BY_OTHERS, OWNER, FACILITATOR, ADMIN),
    ADD_NOTE("POST", "/canvases/{canvasId}/notes", BOARD_LOCKED, PARTICIPANT, ADMIN),
    ADD_NOTES_IN_BULK("POST", "/canvases/{canvasId}/notes/bulk", BOARD_LOCKED, PARTICIPANT, ADMIN),
    UPDATE_NOTE("PUT", "/canvases/{canvasId}/notes/{noteId}", BOARD_LOCKED, PARTICIPANT, ADMIN),
    PLACE_NOTE("PUT", "/canvases/{canvasId}/notes/{noteId}/placement", BOARD_LOCKED, PARTICIPANT, ADMIN),
    REMOVE_NOTE("DELETE", "/canvases/{canvasId}/notes/{noteId}", BOARD_LOCKED, PARTICIPANT, ADMIN),
    COMMENT_ON_NOTE("POST", "/canvases/{canvasId}/notes/{noteId}/comments", PARTICIPANT, ADMIN),
    IMPORT_NOTES_CSV("POST", "/canvases/{canvasId}/notes.csv", BOARD_LOCKED, PARTICIPANT, ADMIN),
    TAKE_SNAPSHOT("POST", "/canvases/{canvasId}/snapshots", PARTICIPANT, ADMIN),
    RESTORE_SNAPSHOT("POST", "/canvases/{canvasId}/snapshots/{snapshotId}/restore", BOARD_LOCKED, PARTICIPANT, ADMIN),
    SWITCH_HIDDEN_MODE("PUT", "/canvases/{canvasId}/facilitation/hidden-mode", FACILITATOR, ADMIN),
    REVEAL_HIDDEN_NOTES("POST", "/canvases/{canvasId}/facilitation/reveal", FACILITATOR, ADMIN),
    LOCK_BOARD("PUT", "/canvases/{canvasId}/facilitation/lock", FACILITATOR, ADMIN),
    MOVE_FOCUS("PUT", "/canvases/{canvasId}/facilitation/focus", FACILITATOR, ADMIN),
    OPEN_VOTING_ROUND("POST", "/canvases/{canvasId}/voting-rounds", FACILITATOR, ADMIN),
    CLOSE_VOTING_ROUND("POST", "/canvases/{canvasId}/voting-rounds/{roundId}/close", FACILITATOR, ADMIN),
    CAST_VOTE("POST", "/canvases/{canvasId}/voting-rounds/{roundId}/votes", PARTICIPANT, ADMIN),
    WITHDRAW_VOTE("DELETE", "/canvases/{canvasId}/voting-rounds/{roundId}/votes/{noteId}", PARTICIPANT, ADMIN),
    CREATE_TEMPLATE("POST", "/templates", ADMIN),
    CREATE_TEMPLATE_VERSION("POST", "/templates/{templateKey}/versions", ADMIN),
    CREATE_WORKSHOP("POST", "/workshops", PARTICIPANT, ADMIN),
    UPDATE_WORKSHOP("PUT", "/workshops/{workshopId}", WORKSHOP_FACILITATOR, ADMIN),
    CHANGE_WORKSHOP_STATUS("PUT", "/workshops/{workshopId}/status", WORKSHOP_FACILITATOR, ADMIN),
    UPDATE_WORKSHOP_PARTICIPANTS("PUT", "/workshops/{workshopId}/participants", WORKSHOP_FACILITATOR, ADMIN),
    UPDATE_WORKSHOP_AGENDA("PUT", "/workshops/{workshopId}/agenda", WORKSHOP_FACILITATOR, ADMIN),
    UPDATE_WORKSHOP_QUICKSCAN("PUT", "/workshops/{workshopId}/quickscan", WORKSHOP_FACILITATOR, ADMIN),
    DRAFT_QUICKSCAN_NOTES("POST", "/workshops/{workshopId}/quickscan/draft-notes", WORKSHOP_FACILITATOR, ADMIN),
    UPDATE_WORKSHOP_NEXT_STEPS("PUT", "/workshops/{workshopId}/next-steps", WORKSHOP_FACILITATOR, ADMIN),
    UPDATE_WORKSHOP_STEPS("PUT", "/workshops/{workshopId}/steps", WORKSHOP_FACILITATOR, ADMIN),
    MOVE_TO_WORKSHOP_STEP("POST", "/workshops/{workshopId}/steps/current", WORKSHOP_FACILITATOR, ADMIN),
    START_WORKSHOP_TIMER("POST", "/workshops/{workshopId}/timer/start", WORKSHOP_FACILITATOR, ADMIN),
    PAUSE_WORKSHOP_TIMER("POST", "/workshops/{workshopId}/timer/pause", WORKSHOP_FACILITATOR, ADMIN),
    EXTEND_WORKSHOP_TIMER("POST", "/workshops/{workshopId}/timer/extend", WORKSHOP_FACILITATOR, ADMIN),
    END_WORKSHOP_TIMER("POST", "/workshops/{workshopId}/timer/end", WORKSHOP_FACILITATOR, ADMIN);

    private static final String CANVAS_ROUTES = "/canvases/{";
    private static final String WORKSHOP_ROUTES = "/workshops/{";

    private final String method;
    private final String path;
    private final CanvasCondition condition;
    private final Set<CanvasRole> allowed;

    CanvasOperation(String method, String path, CanvasRole... allowed) {
        this(method, path, (CanvasCondition) null, allowed);
    }

    CanvasOperation(String method, String path, CanvasCondition condition, CanvasRole... allowed) {
        this.method = method;
        this.path = path;
        this.condition = condition;
        this.allowed = Set.copyOf(EnumSet.copyOf(Arrays.asList(allowed)));
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Set<CanvasRole> allowed() {
        return allowed;
    }

    /** The narrower rule the service checks inside this row, when it has one. */
    public Optional<CanvasCondition> condition() {
        return Optional.ofNullable(condition);
    }

    /** The roles that may, followed by the row's condition when it has one. */
    @Override
    public String whoMayList() {
        String roles = RoleTableRow.super.whoMayList();
        return condition == null ? roles : roles + "; " + condition.describe();
    }

    /** The path parameter naming the canvas, for routes below one. */
    public Optional<String> canvasParameter() {
        return parameterBelow(CANVAS_ROUTES);
    }

    /** The path parameter naming the workshop, for routes below one. */
    public Optional<String> workshopParameter() {
        return parameterBelow(WORKSHOP_ROUTES);
    }

    private Optional<String> parameterBelow(String routes) {
        if (!path.startsWith(routes)) {
            return Optional.empty();
        }
        int start = routes.length();
        return Optional.of(path.substring(start, path.indexOf('}', start)));
    }

    /**
     * Whether only the facilitator (and admins) may, of a canvas or of a workshop: a refusal then says so by its
     * problem type, so that a front-end can say "ask the facilitator".
     */
    static boolean facilitatorOnly(Set<CanvasRole> allowed) {
        return allowed.equals(EnumSet.of(FACILITATOR, ADMIN))
                || allowed.equals(EnumSet.of(WORKSHOP_FACILITATOR, ADMIN));
    }

    public static Optional<CanvasOperation> of(String method, String path) {
        return Arrays.stream(values())
                .filter(operation -> operation.isRoute(method, path))
                .findFirst();
    }
}
