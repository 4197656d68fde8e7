package org.weconomics.events.community;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;

/** Contracts of the community aggregate, published by partnership-service on {@link Topics#COMMUNITY}. */
public final class CommunityEvents {

    public static final EventContract<CommunityState> CREATED =
            new EventContract<>("org.weconomics.community.created", 1, Topics.COMMUNITY, CommunityState.class);

    public static final EventContract<CommunityState> CHANGED =
            new EventContract<>("org.weconomics.community.changed", 1, Topics.COMMUNITY, CommunityState.class);

    public static final List<EventContract<?>> ALL = List.of(CREATED, CHANGED);

    private CommunityEvents() {}
}
