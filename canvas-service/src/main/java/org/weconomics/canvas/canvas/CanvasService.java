package org.weconomics.canvas.canvas;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.canvas.access.CanvasCondition;
import org.weconomics.canvas.access.CanvasOperation;
import org.weconomics.canvas.access.CanvasRoles;
import org.weconomics.canvas.history.CanvasChange;
import org.weconomics.canvas.history.CanvasChanges;
import org.weconomics.canvas.history.WhatChanged;
import org.weconomics.canvas.partnership.KnownPartnerships;
import org.weconomics.canvas.template.TemplateService;
import org.weconomics.events.canvas.CanvasCreated;
import org.weconomics.events.canvas.CanvasDeleted;
import org.weconomics.events.canvas.CanvasEvents;
import org.weconomics.events.canvas.CanvasStatusChanged;
import org.weconomics.events.canvas.CanvasUpdated;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.people.KnownMembers;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/** Creates, reads, changes, moves on and deletes canvases, inside the caller's local groups only. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CanvasService {

    private static final String CANVAS = "Canvas";

    private final LocalGroupAccess access;
    private final Caller caller;
    private final CanvasChanges changes;
    private final TemplateService templates;
    private final CanvasRoles roles;
    private final KnownMembers members;
    private final KnownPartnerships partnerships;

    public CanvasService(
            LocalGroupAccess access,
            Caller caller,
            CanvasChanges changes,
            TemplateService templates,
            CanvasRoles roles,
            KnownMembers members,
            KnownPartnerships partnerships) {
        this.access = access;
        this.caller = caller;
        this.changes = changes;
        this.templates = templates;
        this.roles = roles;
        this.members = members;
        this.partnerships = partnerships;
    }

    public CanvasView create(@NotNull @Valid CreateCanvasRequest request) {
        access.requireMembership(request.localGroup(), "localGroup");
        if (request.facilitator() != null) {
            members.requireMember(request.localGroup(), request.facilitator().strip(), caller.subject(), "facilitator");
        }
        CanvasDraft draft = new CanvasDraft(
                request.localGroup(),
                request.partnershipId(),
                request.partnerId(),
                request.templateKey(),
                request.templateVersion(),
                request.title().strip(),
                request.topic(),
                request.facilitator() != null ? request.facilitator().strip() : caller.subject(),
                CanvasStatus.DRAFT);
        return CanvasView.of(open(draft, ""));
    }

    /**
     * Stores a new canvas and records its creation; the template version must exist, and the partnership and partner
     * it names must be known in its local group (existing canvases keep theirs: only new canvases are checked).
     *
     * @param fieldPrefix where the draft's fields sit in the request, for problems ({@code ""} or {@code "canvas."})
     */
    public Canvas open(@NotNull CanvasDraft draft, String fieldPrefix) {
        templates.require(
                draft.templateKey(),
                draft.templateVersion(),
                fieldPrefix + "templateKey",
                fieldPrefix + "templateVersion");
        if (draft.partnerId() != null && draft.partnershipId() == null) {
            throw ProblemException.invalidField(
                    fieldPrefix + "partnerId",
                    "needs a partnershipId: a contribution board is about a partner of a partnership");
        }
        partnerships.requireKnown(draft.localGroup(), draft.partnershipId(), draft.partnerId(), fieldPrefix);
        OffsetDateTime now = now();
        Canvas canvas = new Canvas();
        canvas.id = UUID.randomUUID();
        canvas.localGroup = draft.localGroup();
        canvas.partnershipId = draft.partnershipId();
        canvas.partnerId = draft.partnerId();
        canvas.templateKey = draft.templateKey();
        canvas.templateVersion = draft.templateVersion();
        canvas.title = draft.title();
        canvas.topic = draft.topic();
        canvas.status = draft.status();
        canvas.facilitator = draft.facilitator();
        canvas.createdBy = caller.subject();
        canvas.createdAt = now;
        canvas.updatedAt = now;
        canvas.persist();
        changes.record(
                CanvasEvents.CREATED,
                WhatChanged.ofCanvas(canvas.id, null, CanvasContent.of(canvas)),
                sequence -> new CanvasCreated(
                        canvas.id,
                        canvas.localGroup,
                        canvas.partnershipId,
                        canvas.templateKey,
                        canvas.templateVersion,
                        canvas.title,
                        canvas.createdBy,
                        sequence));
        return canvas;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CanvasView get(@NotNull UUID id) {
        return CanvasView.of(requireAccessible(id));
    }

    /** The canvases of the caller's local groups (every one for admins), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CanvasView> list(@NotNull CanvasFilter filter, @NotNull @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isAdmin()) {
            conditions.add("localGroup in :mine");
            parameters.put("mine", caller.localGroups().isEmpty() ? List.of("") : caller.localGroups());
        }
        if (filter.localGroup() != null) {
            conditions.add("localGroup = :localGroup");
            parameters.put("localGroup", filter.localGroup());
        }
        if (filter.partnershipId() != null) {
            conditions.add("partnershipId = :partnershipId");
            parameters.put("partnershipId", filter.partnershipId());
        }
        if (filter.templateKey() != null) {
            conditions.add("templateKey = :templateKey");
            parameters.put("templateKey", filter.templateKey());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null) {
            conditions.add("(lower(title) like :text or lower(coalesce(topic, '')) like :text)");
            parameters.put("text", "%" + filter.text().toLowerCase() + "%");
        }
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var query = conditions.isEmpty()
                ? Canvas.<Canvas>findAll(newestFirst)
                : Canvas.<Canvas>find(String.join(" and ", conditions), newestFirst, parameters);
        return PageView.of(query, page, CanvasView::of);
    }

    /**
     * Changes title and topic; and the facilitator, which only whoever has facilitator rights (the facilitator, admins)
     * may hand over, since it carries them.
     */
    public CanvasView update(@NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateCanvasRequest request) {
        Canvas canvas = requireAccessible(id);
        String facilitator = request.facilitator() == null
                ? canvas.facilitator
                : request.facilitator().strip();
        if (!facilitator.equals(canvas.facilitator)) {
            roles.requireUnderCondition(CanvasOperation.UPDATE_CANVAS, canvas);
            members.requireMember(canvas.localGroup, facilitator, caller.subject(), "facilitator");
        }
        IfMatch.check(expectedVersion, canvas.version, () -> CanvasView.of(canvas));
        CanvasContent before = CanvasContent.of(canvas);
        canvas.title = request.title().strip();
        canvas.topic = request.topic();
        canvas.facilitator = facilitator;
        canvas.updatedAt = now();
        canvas.flush();
        changes.record(
                CanvasEvents.UPDATED,
                WhatChanged.ofCanvas(canvas.id, before, CanvasContent.of(canvas)),
                sequence -> new CanvasUpdated(
                        canvas.id, canvas.localGroup, canvas.title, canvas.topic, canvas.facilitator, sequence));
        return CanvasView.of(canvas);
    }

    public CanvasView changeStatus(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid ChangeCanvasStatusRequest request) {
        Canvas canvas = requireAccessible(id);
        IfMatch.check(expectedVersion, canvas.version, () -> CanvasView.of(canvas));
        if (request.status() == CanvasStatus.ARCHIVED) {
            roles.requireUnderCondition(CanvasOperation.CHANGE_STATUS, canvas);
        }
        CanvasStatus previous = canvas.status;
        CanvasContent before = CanvasContent.of(canvas);
        if (!previous.mayBecome(request.status())) {
            throw new ProblemException(
                    ProblemType.STATUS_CHANGE_NOT_ALLOWED,
                    "A canvas that is " + previous.key() + " cannot become "
                            + request.status().key() + "; it may become: " + previous.describeNext());
        }
        canvas.status = request.status();
        canvas.updatedAt = now();
        canvas.flush();
        changes.record(
                CanvasEvents.STATUS_CHANGED,
                WhatChanged.ofCanvas(canvas.id, before, CanvasContent.of(canvas)),
                sequence -> new CanvasStatusChanged(
                        canvas.id, canvas.localGroup, previous.key(), canvas.status.key(), sequence));
        return CanvasView.of(canvas);
    }

    /**
     * Deletes the canvas with its notes and their comments (the database cascades). Only its owner, facilitator or an
     * admin may; and once anyone else has changed the canvas or its notes, deleting would destroy their work with it,
     * so only an admin may then (the others archive it: read-only, kept with its history).
     */
    public void delete(@NotNull UUID id, long expectedVersion) {
        Canvas canvas = requireAccessible(id);
        roles.require(CanvasOperation.DELETE_CANVAS, canvas);
        IfMatch.check(expectedVersion, canvas.version, () -> CanvasView.of(canvas));
        if (!roles.passes(CanvasCondition.WORKED_ON_BY_OTHERS, canvas)
                && CanvasChange.anyByOthersThan(canvas.id, List.of(canvas.createdBy, canvas.facilitator))) {
            throw ProblemException.conflict("Other participants worked on this canvas; archive it instead, which keeps "
                    + "their notes and history (an admin may still delete it)");
        }
        changes.recordDeletion(
                CanvasEvents.DELETED,
                canvas.id,
                sequence -> new CanvasDeleted(canvas.id, canvas.localGroup, caller.subject(), sequence));
        canvas.delete();
        canvas.flush();
    }

    /**
     * The canvas, when the caller may act in its local group; otherwise 404, exactly as if it did not exist.
     * Every route below /canvases/{canvasId} goes through here.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Canvas requireAccessible(@NotNull UUID id) {
        Canvas canvas = Canvas.findById(id);
        if (canvas == null) {
            throw ProblemException.notFound(CANVAS, id);
        }
        access.requireAccess(canvas.localGroup, CANVAS, id);
        return canvas;
    }

    /**
     * Like {@link #requireAccessible}, for changes to the canvas's content: an archived canvas is read-only. Locks the
     * canvas row until commit, so that the changes of one canvas queue up here: positions in a block are computed
     * from committed notes only, and a transaction with several changes (bulk add, restore) cannot deadlock with
     * another on the row that numbers the changes ({@link CanvasChanges}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Canvas requireChangeable(@NotNull UUID id) {
        Canvas canvas = Canvas.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (canvas == null) {
            throw ProblemException.notFound(CANVAS, id);
        }
        access.requireAccess(canvas.localGroup, CANVAS, id);
        if (canvas.status == CanvasStatus.ARCHIVED) {
            throw new ProblemException(
                    ProblemType.CANVAS_ARCHIVED, "Canvas " + id + " is archived; its notes can no longer change");
        }
        return canvas;
    }

    /** Now, to the microsecond the database keeps, so that what is read back equals what was written. */
    public static OffsetDateTime now() {
        return Timestamps.now();
    }
}
