package org.weconomics.partnership.partner;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.partnership.localgroup.MemberReferences;
import org.weconomics.partnership.organisation.Organisation;
import org.weconomics.partnership.organisation.OrganisationService;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/** Partners joining, changing role, contributing to the value proposition and leaving. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PartnerService {

    private final PartnershipService partnerships;
    private final OrganisationService organisations;
    private final EventOutbox outbox;
    private final MemberReferences members;
    private final PartnershipRolesPublication roles;

    public PartnerService(
            PartnershipService partnerships,
            OrganisationService organisations,
            EventOutbox outbox,
            MemberReferences members,
            PartnershipRolesPublication roles) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.outbox = outbox;
        this.members = members;
        this.roles = roles;
    }

    public PartnerView join(@NotNull UUID partnershipId, @NotNull @Valid JoinPartnershipRequest request) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Organisation organisation = organisations.require(request.organisationId(), "organisationId");
        if (Partner.isCurrentPartner(partnershipId, organisation.id)) {
            throw new ProblemException(
                    ProblemType.ALREADY_A_PARTNER, organisation.name + " is a partner of this partnership already");
        }
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.partnershipId = partnershipId;
        partner.organisation = organisation;
        partner.role = request.role().strip();
        partner.founding = request.founding();
        partner.joinedAt = Timestamps.now();
        partner.persist();
        outbox.record(PartnershipEvents.PARTNER_JOINED, PartnerView.state(partner, partnership.localGroup));
        roles.record(partnership);
        return PartnerView.of(partner);
    }

    public PartnerView update(
            @NotNull UUID partnershipId,
            @NotNull UUID partnerId,
            long expectedVersion,
            @NotNull @Valid UpdatePartnerRequest request) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Partner partner = findCurrent(partnershipId, partnerId, expectedVersion);
        partner.role = request.role().strip();
        partner.founding = request.founding();
        partner.persistAndFlush();
        outbox.record(PartnershipEvents.PARTNER_CHANGED, PartnerView.state(partner, partnership.localGroup));
        return PartnerView.of(partner);
    }

    public PartnerView changeContributions(
            @NotNull UUID partnershipId,
            @NotNull UUID partnerId,
            long expectedVersion,
            @NotNull @Valid ContributionsRequest request) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Partner partner = findCurrent(partnershipId, partnerId, expectedVersion);
        partner.productsAndServices = new ArrayList<>(
                request.productsAndServices().stream().map(String::strip).toList());
        partner.gainCreators = new ArrayList<>(
                request.gainCreators().stream().map(String::strip).toList());
        partner.painRelievers = new ArrayList<>(
                request.painRelievers().stream().map(String::strip).toList());
        partner.persistAndFlush();
        outbox.record(
                PartnershipEvents.CONTRIBUTIONS_CHANGED, PartnerView.contributions(partner, partnership.localGroup));
        return PartnerView.of(partner);
    }

    /** Names the members who act for the partner; publishes the partnership's roles. */
    public PartnerView changeRepresentatives(
            @NotNull UUID partnershipId,
            @NotNull UUID partnerId,
            long expectedVersion,
            @NotNull @Valid RepresentativesRequest request) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Partner partner = findCurrent(partnershipId, partnerId, expectedVersion);
        List<String> representatives =
                request.subjects().stream().map(String::strip).distinct().toList();
        members.requireMembers(partnership.localGroup, representatives, "subjects");
        partner.representatives = new ArrayList<>(representatives);
        partner.persistAndFlush();
        roles.record(partnership);
        return PartnerView.of(partner);
    }

    /** The partner leaves; its period, role and contributions stay as history. */
    public PartnerView leave(@NotNull UUID partnershipId, @NotNull UUID partnerId, long expectedVersion) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Partner partner = findCurrent(partnershipId, partnerId, expectedVersion);
        partner.leftAt = Timestamps.now();
        partner.persistAndFlush();
        outbox.record(PartnershipEvents.PARTNER_LEFT, PartnerView.left(partner, partnership.localGroup));
        roles.record(partnership);
        return PartnerView.of(partner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerView get(@NotNull UUID partnershipId, @NotNull UUID partnerId) {
        partnerships.requireAccessible(partnershipId);
        return PartnerView.of(find(partnershipId, partnerId));
    }

    /** Partners by join date; {@code current} true for those who are partners now, false for those who left. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PartnerView> list(@NotNull UUID partnershipId, Boolean current, @NotNull @Valid PageRequest page) {
        partnerships.requireAccessible(partnershipId);
        Sort order = Sort.by("joinedAt").and("id");
        var query = current == null
                ? Partner.<Partner>find("partnershipId = ?1", order, partnershipId)
                : Partner.<Partner>find(
                        "partnershipId = ?1 and leftAt is " + (current ? "null" : "not null"), order, partnershipId);
        return PageView.of(query, page, PartnerView::of);
    }

    private static Partner findCurrent(UUID partnershipId, UUID partnerId, long expectedVersion) {
        Partner partner = find(partnershipId, partnerId);
        IfMatch.check(expectedVersion, partner.version, () -> PartnerView.of(partner));
        if (!partner.isCurrent()) {
            throw new ProblemException(
                    ProblemType.PARTNER_HAS_LEFT,
                    "This partner left the partnership on " + partner.leftAt + "; its history cannot change");
        }
        return partner;
    }

    private static Partner find(UUID partnershipId, UUID partnerId) {
        Partner partner = Partner.findById(partnerId);
        if (partner == null || !partner.partnershipId.equals(partnershipId)) {
            throw ProblemException.notFound("Partner", partnerId);
        }
        return partner;
    }
}
