package org.weconomics.events.localgroup;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;

/**
 * Contracts of the local group aggregate (a local group and its members), published by
 * partnership-service on {@link Topics#LOCAL_GROUP}, keyed by the local group's key.
 */
public final class LocalGroupEvents {

    public static final EventContract<LocalGroupState> CREATED =
            new EventContract<>("org.weconomics.local-group.created", 1, Topics.LOCAL_GROUP, LocalGroupState.class);

    public static final EventContract<LocalGroupState> CHANGED =
            new EventContract<>("org.weconomics.local-group.changed", 1, Topics.LOCAL_GROUP, LocalGroupState.class);

    public static final EventContract<LocalGroupState> CLOSED =
            new EventContract<>("org.weconomics.local-group.closed", 1, Topics.LOCAL_GROUP, LocalGroupState.class);

    public static final EventContract<LocalGroupMembership> MEMBER_ADDED = new EventContract<>(
            "org.weconomics.local-group.member-added", 1, Topics.LOCAL_GROUP, LocalGroupMembership.class);

    public static final EventContract<LocalGroupMembership> MEMBER_REMOVED = new EventContract<>(
            "org.weconomics.local-group.member-removed", 1, Topics.LOCAL_GROUP, LocalGroupMembership.class);

    public static final List<EventContract<?>> ALL = List.of(CREATED, CHANGED, CLOSED, MEMBER_ADDED, MEMBER_REMOVED);

    private LocalGroupEvents() {}
}
