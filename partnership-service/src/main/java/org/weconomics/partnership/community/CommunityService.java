package org.weconomics.partnership.community;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.weconomics.events.community.CommunityEvents;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/** Creates, changes and lists communities; every change is published with the community's whole state. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CommunityService {

    private static final BigDecimal MAX_PERCENTAGE = BigDecimal.valueOf(100);

    private final EventOutbox outbox;

    public CommunityService(EventOutbox outbox) {
        this.outbox = outbox;
    }

    public CommunityView create(@NotNull @Valid CommunityRequest request) {
        OffsetDateTime now = Timestamps.now();
        Community community = new Community();
        community.id = UUID.randomUUID();
        community.createdAt = now;
        apply(community, request, now);
        community.persist();
        outbox.record(CommunityEvents.CREATED, CommunityView.event(community));
        return CommunityView.of(community);
    }

    public CommunityView update(@NotNull UUID id, long expectedVersion, @NotNull @Valid CommunityRequest request) {
        Community community = find(id);
        IfMatch.check(expectedVersion, community.version, () -> CommunityView.of(community));
        apply(community, request, Timestamps.now());
        community.persistAndFlush();
        outbox.record(CommunityEvents.CHANGED, CommunityView.event(community));
        return CommunityView.of(community);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunityView get(@NotNull UUID id) {
        return CommunityView.of(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CommunityView> list(String domain, @NotNull @Valid PageRequest page) {
        var query = domain == null || domain.isBlank()
                ? Community.<Community>findAll(Sort.by("name"))
                : Community.<Community>find("lower(domain) = lower(?1)", Sort.by("name"), domain.strip());
        return PageView.of(query, page, CommunityView::of);
    }

    /** Refuses an id that names no community, as a bad field of the caller's request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(UUID id, String field) {
        if (id == null || Community.findById(id) == null) {
            throw ProblemException.invalidField(field, "is not an existing community");
        }
    }

    private static void apply(Community community, CommunityRequest request, OffsetDateTime now) {
        String name = request.name().strip();
        if (Community.nameTaken(name, community.id)) {
            throw new ProblemException(
                    ProblemType.DUPLICATE_COMMUNITY_NAME, "There already is a community named " + name);
        }
        RevenueModel revenue = request.revenueModel().withDefaults();
        if (revenue.basis() == RevenueBasis.PRICE_DEPENDENT && revenue.amount().compareTo(MAX_PERCENTAGE) > 0) {
            throw ProblemException.invalidField(
                    "revenueModel.amount", "is the percentage of the price for a price-dependent model: at most 100");
        }
        community.name = name;
        community.domain = request.domain().strip();
        community.networkLeader = request.networkLeader().strip();
        community.revenuePayer = revenue.payer();
        community.revenueBasis = revenue.basis();
        community.revenueAmount = revenue.amount();
        community.currency = revenue.currency();
        community.updatedAt = now;
    }

    private static Community find(UUID id) {
        Community community = Community.findById(id);
        if (community == null) {
            throw ProblemException.notFound("Community", id);
        }
        return community;
    }
}
