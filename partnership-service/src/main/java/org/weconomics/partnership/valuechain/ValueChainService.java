package org.weconomics.partnership.valuechain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.ValueChainActivityRemoved;
import org.weconomics.events.partnership.ValueChainReordered;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.time.Timestamps;

/**
 * The value chain of a partnership: activities added, changed, moved and removed. Every change is
 * published with what the finance service needs to build its cost structure.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ValueChainService {

    private final PartnershipService partnerships;
    private final EventOutbox outbox;

    public ValueChainService(PartnershipService partnerships, EventOutbox outbox) {
        this.partnerships = partnerships;
        this.outbox = outbox;
    }

    public ActivityView add(@NotNull UUID partnershipId, @NotNull @Valid ActivityRequest request) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        OffsetDateTime now = Timestamps.now();
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.partnershipId = partnershipId;
        activity.position = (int) Activity.count("partnershipId", partnershipId);
        activity.createdAt = now;
        apply(activity, request, now);
        activity.persist();
        outbox.record(PartnershipEvents.ACTIVITY_ADDED, ActivityView.event(activity, partnership.localGroup));
        return ActivityView.of(activity);
    }

    public ActivityView update(
            @NotNull UUID partnershipId,
            @NotNull UUID activityId,
            long expectedVersion,
            @NotNull @Valid ActivityRequest request) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Activity activity = find(partnershipId, activityId);
        IfMatch.check(expectedVersion, activity.version, () -> ActivityView.of(activity));
        apply(activity, request, Timestamps.now());
        activity.persistAndFlush();
        outbox.record(PartnershipEvents.ACTIVITY_CHANGED, ActivityView.event(activity, partnership.localGroup));
        return ActivityView.of(activity);
    }

    /** @return the value chain without the activity, with its new version and the renumbered activities' */
    public ValueChainView remove(@NotNull UUID partnershipId, @NotNull UUID activityId, long expectedVersion) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Activity activity = find(partnershipId, activityId);
        IfMatch.check(expectedVersion, activity.version, () -> ActivityView.of(activity));
        activity.delete();
        ValueChain chain = ValueChain.of(partnershipId);
        chain.changed();
        outbox.record(
                PartnershipEvents.ACTIVITY_REMOVED,
                new ValueChainActivityRemoved(partnershipId, partnership.localGroup, activityId));
        List<Activity> rest = Activity.chainOf(partnershipId).stream()
                .filter(other -> !other.id.equals(activityId))
                .toList();
        if (renumber(rest)) {
            outbox.record(PartnershipEvents.VALUE_CHAIN_REORDERED, reordered(partnership, rest));
        }
        chain.persistAndFlush();
        Activity.flush();
        return chainView(partnership.id);
    }

    public ValueChainView reorder(
            @NotNull UUID partnershipId, long expectedVersion, @NotNull @Valid ReorderRequest request) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        ValueChain chain = ValueChain.of(partnershipId);
        IfMatch.check(expectedVersion, chain.version, () -> chainView(partnershipId));
        Map<UUID, Activity> byId = Activity.chainOf(partnershipId).stream()
                .collect(Collectors.toMap(activity -> activity.id, Function.identity()));
        if (request.activityIds().size() != byId.size()
                || !byId.keySet().equals(new HashSet<>(request.activityIds()))) {
            throw ProblemException.invalidField(
                    "activityIds", "must name every activity of the value chain exactly once");
        }
        List<Activity> ordered = request.activityIds().stream().map(byId::get).toList();
        renumber(ordered);
        chain.changed();
        chain.persistAndFlush();
        Activity.flush();
        outbox.record(PartnershipEvents.VALUE_CHAIN_REORDERED, reordered(partnership, ordered));
        return chainView(partnershipId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValueChainView chain(@NotNull UUID partnershipId) {
        return chainView(partnerships.requireAccessible(partnershipId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityView get(@NotNull UUID partnershipId, @NotNull UUID activityId) {
        partnerships.requireAccessible(partnershipId);
        return ActivityView.of(find(partnershipId, activityId));
    }

    private static ValueChainView chainView(UUID partnershipId) {
        return new ValueChainView(
                partnershipId,
                Activity.chainOf(partnershipId).stream().map(ActivityView::of).toList(),
                ValueChain.versionOf(partnershipId));
    }

    /** @return whether any position changed */
    private static boolean renumber(List<Activity> ordered) {
        boolean changed = false;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).position != i) {
                ordered.get(i).position = i;
                changed = true;
            }
        }
        return changed;
    }

    private static ValueChainReordered reordered(Partnership partnership, List<Activity> ordered) {
        return new ValueChainReordered(
                partnership.id,
                partnership.localGroup,
                ordered.stream().map(activity -> activity.id).toList());
    }

    private static void apply(Activity activity, ActivityRequest request, OffsetDateTime now) {
        Set<UUID> currentPartners = Partner.currentOf(activity.partnershipId).stream()
                .map(partner -> partner.id)
                .collect(Collectors.toSet());
        List<UUID> responsible = request.responsiblePartnerIds();
        for (int i = 0; i < responsible.size(); i++) {
            requireCurrentPartner(currentPartners, responsible.get(i), "responsiblePartnerIds[" + i + "]");
        }
        if (new HashSet<>(responsible).size() != responsible.size()) {
            throw ProblemException.invalidField("responsiblePartnerIds", "names a partner more than once");
        }
        Set<UUID> existingSteps =
                activity.subActions.stream().map(Activity.SubAction::id).collect(Collectors.toSet());
        Set<UUID> keptSteps = new HashSet<>();
        List<Activity.SubAction> steps = new ArrayList<>();
        List<ActivityRequest.SubActionRequest> requested =
                request.subActions() == null ? List.of() : request.subActions();
        for (int i = 0; i < requested.size(); i++) {
            ActivityRequest.SubActionRequest step = requested.get(i);
            if (step.id() != null && (!existingSteps.contains(step.id()) || !keptSteps.add(step.id()))) {
                throw ProblemException.invalidField(
                        "subActions[" + i + "].id",
                        "is not a sub-action of this activity (leave it out for a new one)");
            }
            if (step.responsiblePartnerId() != null) {
                requireCurrentPartner(
                        currentPartners, step.responsiblePartnerId(), "subActions[" + i + "].responsiblePartnerId");
            }
            steps.add(new Activity.SubAction(
                    step.id() != null ? step.id() : UUID.randomUUID(),
                    step.name().strip(),
                    step.responsiblePartnerId()));
        }
        activity.name = request.name().strip();
        activity.description = request.description();
        activity.responsiblePartnerIds = new ArrayList<>(responsible);
        activity.responsibilities = request.responsibilities() == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        request.responsibilities().stream().map(String::strip).toList());
        activity.subActions = steps;
        activity.updatedAt = now;
    }

    private static void requireCurrentPartner(Set<UUID> currentPartners, UUID partnerId, String field) {
        if (!currentPartners.contains(partnerId)) {
            throw ProblemException.invalidField(field, "is not a current partner of this partnership");
        }
    }

    private static Activity find(UUID partnershipId, UUID activityId) {
        Activity activity = Activity.findById(activityId);
        if (activity == null || !activity.partnershipId.equals(partnershipId)) {
            throw ProblemException.notFound("Activity", activityId);
        }
        return activity;
    }
}
