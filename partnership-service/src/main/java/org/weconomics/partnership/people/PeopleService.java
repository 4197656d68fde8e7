package org.weconomics.partnership.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.weconomics.partnership.localgroup.LocalGroup;
import org.weconomics.partnership.localgroup.LocalGroupMember;
import org.weconomics.partnership.localgroup.LocalGroupStatus;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;

/**
 * The people directory, read from the memberships this service keeps (the source Keycloak's groups follow):
 * a caller sees the members of their own open local groups, an admin those of every open local group.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeopleService {

    private static final String PERSON = "Person";

    private final Caller caller;
    private final LocalGroupAccess access;

    public PeopleService(Caller caller, LocalGroupAccess access) {
        this.caller = caller;
        this.access = access;
    }

    public PageView<PersonView> list(String localGroup, String search, @NotNull @Valid PageRequest page) {
        List<String> visible = visibleLocalGroups();
        if (localGroup != null) {
            access.requireAccess(localGroup, "Local group", localGroup);
            visible = visible.contains(localGroup) ? List.of(localGroup) : List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("visible", orNone(visible));
        // One row per person (their first visible membership) so that paging counts people, not memberships.
        StringBuilder query =
                new StringBuilder("from LocalGroupMember m where m.localGroup in :visible and m.localGroup ="
                        + " (select min(o.localGroup) from LocalGroupMember o where o.userId = m.userId"
                        + " and o.localGroup in :visible)");
        if (search != null && !search.isBlank()) {
            query.append(" and (lower(m.username) like :search or lower(m.displayName) like :search)");
            parameters.put("search", "%" + search.strip().toLowerCase(Locale.ROOT) + "%");
        }
        query.append(" order by m.username, m.userId");
        List<String> shown = visible;
        return PageView.of(
                LocalGroupMember.<LocalGroupMember>find(query.toString(), parameters),
                page,
                member -> view(member, shown));
    }

    public PersonView get(@NotNull String userId) {
        List<String> visible = visibleLocalGroups();
        LocalGroupMember member = LocalGroupMember.<LocalGroupMember>find(
                        "userId = ?1 and localGroup in ?2 order by localGroup", userId, orNone(visible))
                .firstResult();
        if (member == null) {
            throw ProblemException.notFound(PERSON, userId);
        }
        return view(member, visible);
    }

    private static PersonView view(LocalGroupMember member, List<String> visible) {
        List<String> groups = LocalGroupMember.<LocalGroupMember>find(
                        "userId = ?1 and localGroup in ?2 order by localGroup", member.userId, orNone(visible))
                .stream()
                .map(membership -> membership.localGroup)
                .toList();
        return new PersonView(member.userId, member.username, member.displayName, groups);
    }

    /** Open local groups only: a closed group grants nothing, so its members are no one's colleagues any more. */
    private List<String> visibleLocalGroups() {
        List<String> open = LocalGroup.<LocalGroup>find("status", LocalGroupStatus.OPEN).stream()
                .map(group -> group.key)
                .toList();
        return caller.isAdmin()
                ? open
                : open.stream().filter(caller.localGroups()::contains).toList();
    }

    private static List<String> orNone(List<String> keys) {
        return keys.isEmpty() ? List.of("") : keys;
    }
}
