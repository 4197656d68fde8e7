package org.weconomics.support.problem;

import java.net.URI;

/** The kinds of problem the platform reports, each with its status and a stable type URI. */
public enum ProblemType {
    VALIDATION_FAILED(400, "The request is not valid"),
    MALFORMED_REQUEST(400, "The request body cannot be read"),
    UNAUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "This operation is not allowed for you"),
    NOT_THE_FACILITATOR(403, "Only the canvas's facilitator (or an admin) may do this"),
    NOT_A_REPRESENTATIVE(403, "Only the members who represent this partner may act for it"),
    RESULTS_NOT_YET_VISIBLE(403, "The results of an open voting round are shown once it is closed"),
    NOT_FOUND(404, "The resource does not exist"),
    METHOD_NOT_ALLOWED(405, "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "The request conflicts with the current state"),
    BOARD_LOCKED(409, "The facilitator locked the board: notes cannot change until it is unlocked"),
    CANVAS_ARCHIVED(409, "The canvas is archived: its notes can no longer change"),
    NOTE_LIMIT_REACHED(409, "The canvas holds as many notes as it may"),
    VOTING_ROUND_OPEN(409, "Another voting round is still open"),
    VOTING_ROUND_CLOSED(409, "The voting round is closed"),
    VOTE_LIMIT_REACHED(409, "You have cast as many votes as the voting round allows"),
    NO_VOTE_TO_WITHDRAW(409, "You have no vote on this note to withdraw"),
    STATUS_CHANGE_NOT_ALLOWED(409, "The resource cannot move from its status to the requested one"),
    DUPLICATE_TEMPLATE_KEY(409, "A template with this key exists"),
    DUPLICATE_COMMUNITY_NAME(409, "A community with this name exists"),
    DUPLICATE_LOCAL_GROUP_KEY(409, "A local group with this key exists"),
    LOCAL_GROUP_CLOSED(409, "The local group is closed"),
    ALREADY_A_MEMBER(409, "The user is a member of the local group already"),
    DUPLICATE_PARTNERSHIP_NAME(409, "The local group has a partnership with this name"),
    DUPLICATE_REGISTRATION_NUMBER(409, "An organisation with this registration number is registered"),
    ALREADY_A_PARTNER(409, "The organisation is a partner of this partnership already"),
    PARTNER_HAS_LEFT(409, "The partner left the partnership: its history cannot change"),
    ASSESSMENT_DRAFT_EXISTS(409, "An assessment of this partner is already being drafted"),
    PARTNER_LEAVES_THROUGH_PARTNERSHIP(409, "A partner leaves the earnings model through the partnership"),
    REVENUE_BASE_MISSING(409, "The projection's revenue base is not set yet"),
    FIGURES_INCOMPLETE(409, "The model's figures are not complete enough to calculate this"),
    FIGURES_WOULD_BECOME_INCONSISTENT(409, "The change would make other figures of the model inconsistent"),
    PRECONDITION_FAILED(412, "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    /** The request is well formed but cannot be carried out as sent, e.g. an Idempotency-Key reused for another request. */
    UNPROCESSABLE_CONTENT(422, "The request cannot be processed as sent"),
    /** A canvas names a partnership that canvas-service has not learnt of in the canvas's local group. */
    UNKNOWN_PARTNERSHIP(422, "No partnership with this id is known in the local group (yet)"),
    /** A contribution board names a partner that is not, or no longer, a partner of the partnership. */
    NOT_A_CURRENT_PARTNER(422, "The partner is not a current partner of the partnership"),
    PRECONDITION_REQUIRED(428, "An If-Match header is required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "The service is unavailable"),
    GATEWAY_TIMEOUT(504, "The service did not answer in time");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:problem-type:weconomics:" + name().toLowerCase().replace('_', '-'));
    }

    /**
     * Every type with its status and title, one per line ({@code - urn:…:board-locked (409): …}), for the
     * documentation: a client tells problems apart by {@code type}, never by parsing {@code detail}.
     */
    public static String catalogue() {
        StringBuilder lines = new StringBuilder();
        for (ProblemType type : values()) {
            lines.append("- `")
                    .append(type.uri())
                    .append("` (")
                    .append(type.status)
                    .append("): ")
                    .append(type.title)
                    .append('\n');
        }
        return lines.toString();
    }

    /** The type for a status that has no specific kind of its own. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
