package org.weconomics.partnership.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Decides whether the caller may do an operation of the role table: 404 for a partnership (or partner) the caller
 * cannot see, exactly as the services answer; 403 naming who may, for a caller without one of the operation's roles.
 */
@ApplicationScoped
public class PartnershipRoles {

    private final Caller caller;
    private final LocalGroupAccess access;

    public PartnershipRoles(Caller caller, LocalGroupAccess access) {
        this.caller = caller;
        this.access = access;
    }

    /** @param pathParameters the request's path parameters by name */
    @Transactional(Transactional.TxType.REQUIRED)
    public void require(PartnershipOperation operation, Map<String, String> pathParameters) {
        Set<PartnershipRole> held = operation
                .partnershipParameter()
                .map(parameter -> rolesInPartnership(operation, pathParameters.get(parameter), pathParameters))
                .orElseGet(this::rolesOutsideAPartnership);
        if (!operation.allows(held)) {
            throw new ProblemException(refusalOf(operation), "You may not do this here. " + operation.whoMay());
        }
    }

    /** A front-end tells "ask the partner's representative" apart from a plain refusal by the problem type. */
    private static ProblemType refusalOf(PartnershipOperation operation) {
        return operation.concernsPartner() && operation.allows(EnumSet.of(PartnershipRole.REPRESENTATIVE))
                ? ProblemType.NOT_A_REPRESENTATIVE
                : ProblemType.FORBIDDEN;
    }

    private Set<PartnershipRole> rolesOutsideAPartnership() {
        Set<PartnershipRole> held = EnumSet.of(PartnershipRole.MEMBER);
        if (caller.isAdmin()) {
            held.add(PartnershipRole.ADMIN);
        }
        if (Partnership.anyCoachedBy(caller.subject(), caller.localGroups())) {
            held.add(PartnershipRole.COACH);
        }
        return held;
    }

    private Set<PartnershipRole> rolesInPartnership(
            PartnershipOperation operation, String partnershipId, Map<String, String> pathParameters) {
        UUID id = uuid(partnershipId, "Partnership");
        Partnership partnership = Partnership.findById(id);
        if (partnership == null) {
            throw ProblemException.notFound("Partnership", partnershipId);
        }
        access.requireAccess(partnership.localGroup, "Partnership", id);
        String subject = caller.subject();
        Set<PartnershipRole> held = EnumSet.of(PartnershipRole.MEMBER);
        if (caller.isAdmin()) {
            held.add(PartnershipRole.ADMIN);
        }
        if (partnership.isCoachedBy(subject)) {
            held.add(PartnershipRole.COACH);
        }
        if (Partner.anyRepresentedBy(id, subject)) {
            held.add(PartnershipRole.ANY_REPRESENTATIVE);
        }
        if (operation.concernsPartner()) {
            String partnerId = pathParameters.get("partnerId");
            Partner partner = Partner.findById(uuid(partnerId, "Partner"));
            if (partner == null || !partner.partnershipId.equals(id)) {
                throw ProblemException.notFound("Partner", partnerId);
            }
            if (partner.isRepresentedBy(subject)) {
                held.add(PartnershipRole.REPRESENTATIVE);
            }
        }
        return held;
    }

    private static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(what, value);
        }
    }
}
