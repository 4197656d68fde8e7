package org.weconomics.partnership.partnership;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.events.partnership.PartnershipCreated;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.partnership.localgroup.LocalGroupService;
import org.weconomics.partnership.localgroup.MemberReferences;
import org.weconomics.partnership.typology.PartnershipType;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/** Sets up, changes and reads partnerships, inside the caller's local groups only. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PartnershipService {

    private static final String PARTNERSHIP = "Partnership";

    private final LocalGroupAccess access;
    private final Caller caller;
    private final EventOutbox outbox;
    private final LocalGroupService localGroups;
    private final MemberReferences members;
    private final Event<CoachesNamed> coachesNamed;

    public PartnershipService(
            LocalGroupAccess access,
            Caller caller,
            EventOutbox outbox,
            LocalGroupService localGroups,
            MemberReferences members,
            Event<CoachesNamed> coachesNamed) {
        this.access = access;
        this.caller = caller;
        this.outbox = outbox;
        this.localGroups = localGroups;
        this.members = members;
        this.coachesNamed = coachesNamed;
    }

    public PartnershipView create(@NotNull @Valid CreatePartnershipRequest request) {
        access.requireMembership(request.localGroup(), "localGroup");
        localGroups.requireNotClosed(request.localGroup());
        String name = request.name().strip();
        OffsetDateTime now = Timestamps.now();
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        requireUniqueName(request.localGroup(), name, partnership.id);
        partnership.localGroup = request.localGroup();
        partnership.name = name;
        partnership.description = request.description();
        partnership.createdBy = caller.subject();
        partnership.coaches = new ArrayList<>(List.of(caller.subject()));
        partnership.createdAt = now;
        partnership.updatedAt = now;
        partnership.persist();
        // Roles first: a consumer that authorises on them knows the coach before the partnership's own records.
        coachesNamed.fire(new CoachesNamed(partnership));
        outbox.record(
                PartnershipEvents.CREATED,
                new PartnershipCreated(
                        partnership.id, partnership.localGroup, partnership.name, partnership.createdBy));
        return PartnershipView.of(partnership);
    }

    public PartnershipView update(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid UpdatePartnershipRequest request) {
        Partnership partnership = requireAccessible(id);
        IfMatch.check(expectedVersion, partnership.version, () -> PartnershipView.of(partnership));
        String name = request.name().strip();
        requireUniqueName(partnership.localGroup, name, partnership.id);
        partnership.name = name;
        partnership.description = request.description();
        partnership.businessModel = request.businessModel();
        partnership.activities = request.activities();
        partnership.updatedAt = Timestamps.now();
        partnership.persistAndFlush();
        outbox.record(PartnershipEvents.CHANGED, PartnershipView.event(partnership));
        return PartnershipView.of(partnership);
    }

    /** Names the members who coach the partnership; publishes the partnership's roles. */
    public PartnershipView changeCoaches(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid CoachesRequest request) {
        Partnership partnership = requireAccessible(id);
        IfMatch.check(expectedVersion, partnership.version, () -> PartnershipView.of(partnership));
        List<String> coaches =
                request.subjects().stream().map(String::strip).distinct().toList();
        members.requireMembers(partnership.localGroup, coaches, "subjects");
        partnership.coaches = new ArrayList<>(coaches);
        partnership.updatedAt = Timestamps.now();
        partnership.persistAndFlush();
        coachesNamed.fire(new CoachesNamed(partnership));
        return PartnershipView.of(partnership);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnershipView get(@NotNull UUID id) {
        return PartnershipView.of(requireAccessible(id));
    }

    /** The partnerships of the caller's local groups (every one for admins), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PartnershipView> list(
            String localGroup, String name, PartnershipType type, @NotNull @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isAdmin()) {
            conditions.add("localGroup in :mine");
            parameters.put("mine", caller.localGroups().isEmpty() ? List.of("") : caller.localGroups());
        }
        if (localGroup != null && !localGroup.isBlank()) {
            conditions.add("localGroup = :localGroup");
            parameters.put("localGroup", localGroup.strip());
        }
        if (name != null && !name.isBlank()) {
            conditions.add("lower(name) like :name");
            parameters.put("name", "%" + name.strip().toLowerCase() + "%");
        }
        if (type != null) {
            conditions.add("businessModel = :businessModel and activities = :activities");
            parameters.put("businessModel", type.businessModel());
            parameters.put("activities", type.activities());
        }
        var query = conditions.isEmpty()
                ? Partnership.<Partnership>findAll(Sort.by("name"))
                : Partnership.<Partnership>find(String.join(" and ", conditions), Sort.by("name"), parameters);
        return PageView.of(query, page, PartnershipView::of);
    }

    /**
     * The partnership, when the caller may act in its local group; otherwise 404, exactly as if it did not
     * exist. Every route below /partnerships/{partnershipId} goes through here.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Partnership requireAccessible(@NotNull UUID id) {
        Partnership partnership = Partnership.findById(id);
        if (partnership == null) {
            throw ProblemException.notFound(PARTNERSHIP, id);
        }
        access.requireAccess(partnership.localGroup, PARTNERSHIP, id);
        return partnership;
    }

    private static void requireUniqueName(String localGroup, String name, UUID id) {
        if (Partnership.nameTaken(localGroup, name, id)) {
            throw new ProblemException(
                    ProblemType.DUPLICATE_PARTNERSHIP_NAME,
                    "Local group " + localGroup + " already has a partnership named " + name);
        }
    }
}
