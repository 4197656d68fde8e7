package org.weconomics.events.partnership;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;

/**
 * Contracts of the partnership aggregate (a partnership, its partners, their contributions, the
 * value chain and who holds a role in it), published by partnership-service on {@link Topics#PARTNERSHIP}, keyed by partnership id.
 */
public final class PartnershipEvents {

    public static final EventContract<PartnershipCreated> CREATED =
            new EventContract<>("org.weconomics.partnership.created", 1, Topics.PARTNERSHIP, PartnershipCreated.class);

    public static final EventContract<PartnershipChanged> CHANGED =
            new EventContract<>("org.weconomics.partnership.changed", 1, Topics.PARTNERSHIP, PartnershipChanged.class);

    public static final EventContract<PartnerState> PARTNER_JOINED =
            new EventContract<>("org.weconomics.partnership.partner-joined", 1, Topics.PARTNERSHIP, PartnerState.class);

    public static final EventContract<PartnerState> PARTNER_CHANGED = new EventContract<>(
            "org.weconomics.partnership.partner-changed", 1, Topics.PARTNERSHIP, PartnerState.class);

    public static final EventContract<PartnerLeft> PARTNER_LEFT =
            new EventContract<>("org.weconomics.partnership.partner-left", 1, Topics.PARTNERSHIP, PartnerLeft.class);

    public static final EventContract<ContributionsChanged> CONTRIBUTIONS_CHANGED = new EventContract<>(
            "org.weconomics.partnership.contributions-changed", 1, Topics.PARTNERSHIP, ContributionsChanged.class);

    /**
     * Version 1 counted the activity's {@code position} from 1; still read from topics that hold events published
     * before version 2, never published any more.
     */
    public static final EventContract<ValueChainActivity> ACTIVITY_ADDED_V1 = new EventContract<>(
            "org.weconomics.partnership.value-chain-activity-added", 1, Topics.PARTNERSHIP, ValueChainActivity.class);

    /** Version 2 counts the activity's {@code position} from 0, as the API and every other position do. */
    public static final EventContract<ValueChainActivity> ACTIVITY_ADDED = new EventContract<>(
            "org.weconomics.partnership.value-chain-activity-added", 2, Topics.PARTNERSHIP, ValueChainActivity.class);

    /** Version 1 counted the activity's {@code position} from 1; read, never published any more. */
    public static final EventContract<ValueChainActivity> ACTIVITY_CHANGED_V1 = new EventContract<>(
            "org.weconomics.partnership.value-chain-activity-changed", 1, Topics.PARTNERSHIP, ValueChainActivity.class);

    /** Version 2 counts the activity's {@code position} from 0. */
    public static final EventContract<ValueChainActivity> ACTIVITY_CHANGED = new EventContract<>(
            "org.weconomics.partnership.value-chain-activity-changed", 2, Topics.PARTNERSHIP, ValueChainActivity.class);

    public static final EventContract<ValueChainActivityRemoved> ACTIVITY_REMOVED = new EventContract<>(
            "org.weconomics.partnership.value-chain-activity-removed",
            1,
            Topics.PARTNERSHIP,
            ValueChainActivityRemoved.class);

    public static final EventContract<ValueChainReordered> VALUE_CHAIN_REORDERED = new EventContract<>(
            "org.weconomics.partnership.value-chain-reordered", 1, Topics.PARTNERSHIP, ValueChainReordered.class);

    public static final EventContract<PartnershipRoles> ROLES_CHANGED = new EventContract<>(
            "org.weconomics.partnership.roles-changed", 1, Topics.PARTNERSHIP, PartnershipRoles.class);

    public static final List<EventContract<?>> ALL = List.of(
            CREATED,
            CHANGED,
            PARTNER_JOINED,
            PARTNER_CHANGED,
            PARTNER_LEFT,
            CONTRIBUTIONS_CHANGED,
            ACTIVITY_ADDED_V1,
            ACTIVITY_ADDED,
            ACTIVITY_CHANGED_V1,
            ACTIVITY_CHANGED,
            ACTIVITY_REMOVED,
            VALUE_CHAIN_REORDERED,
            ROLES_CHANGED);

    private PartnershipEvents() {}
}
