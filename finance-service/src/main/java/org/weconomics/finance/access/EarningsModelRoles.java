package org.weconomics.finance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.roles.PartnershipRoleHolders;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Decides whether the caller may do an operation of the role table: 404 for an earnings model the caller cannot see,
 * exactly as the resources answer; 403 naming who may, for a caller without one of the operation's roles. Roles come
 * from {@link PartnershipRoleHolders}, which partnership-service's roles-changed events keep.
 */
@ApplicationScoped
public class EarningsModelRoles {

    private static final String WHAT = "Earnings model";

    private final Caller caller;
    private final LocalGroupAccess access;

    public EarningsModelRoles(Caller caller, LocalGroupAccess access) {
        this.caller = caller;
        this.access = access;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void require(EarningsModelOperation operation, String modelId) {
        EarningsModel model = EarningsModel.findById(uuid(modelId));
        if (model == null) {
            throw ProblemException.notFound(WHAT, modelId);
        }
        access.requireAccess(model.localGroup, WHAT, model.id);
        if (!operation.allows(rolesIn(model))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may not do this here. " + operation.whoMay());
        }
    }

    private Set<EarningsModelRole> rolesIn(EarningsModel model) {
        Set<EarningsModelRole> held = EnumSet.of(EarningsModelRole.MEMBER);
        if (caller.isAdmin()) {
            held.add(EarningsModelRole.ADMIN);
        }
        PartnershipRoleHolders holders = PartnershipRoleHolders.findById(model.partnershipId);
        if (holders != null) {
            String subject = caller.subject();
            if (holders.coaches.contains(subject)) {
                held.add(EarningsModelRole.COACH);
            }
            if (holders.representatives.contains(subject)) {
                held.add(EarningsModelRole.ANY_REPRESENTATIVE);
            }
        }
        return held;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(WHAT, value);
        }
    }
}
