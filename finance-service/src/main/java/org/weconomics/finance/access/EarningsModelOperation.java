package org.weconomics.finance.access;

import static org.weconomics.finance.access.EarningsModelRole.ADMIN;
import static org.weconomics.finance.access.EarningsModelRole.ANY_REPRESENTATIVE;
import static org.weconomics.finance.access.EarningsModelRole.COACH;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.weconomics.support.access.table.RoleTableRow;

/**
 * The role table of the finance service: every write operation, and who may do it. {@link EarningsModelAccessFilter}
 * enforces it on each request, {@link EarningsModelWhoMayDescriptions} states each row in the OpenAPI document, and
 * the role matrix test calls every row as every role.
 *
 * <p>The earnings model is how the partners share costs and margins, so the partners work it out together: the
 * representatives of any partner and the coaches who guide them change it; the other members of the local group
 * read it.
 */
public enum EarningsModelOperation implements RoleTableRow<EarningsModelRole> {
    UPDATE_MODEL("PUT", "/earnings-models/{earningsModelId}", ANY_REPRESENTATIVE, COACH, ADMIN),
    UPDATE_SUB_ACTION_COST(
            "PUT",
            "/earnings-models/{earningsModelId}/cost-structure/sub-actions/{subActionId}",
            ANY_REPRESENTATIVE,
            COACH,
            ADMIN),
    ADD_EXTERNAL_SUPPLIER(
            "POST", "/earnings-models/{earningsModelId}/external-suppliers", ANY_REPRESENTATIVE, COACH, ADMIN),
    REMOVE_EXTERNAL_SUPPLIER(
            "DELETE",
            "/earnings-models/{earningsModelId}/external-suppliers/{partyId}",
            ANY_REPRESENTATIVE,
            COACH,
            ADMIN),
    UPDATE_PRICING("PUT", "/earnings-models/{earningsModelId}/pricing", ANY_REPRESENTATIVE, COACH, ADMIN),
    UPDATE_DISTRIBUTION("PUT", "/earnings-models/{earningsModelId}/distribution", ANY_REPRESENTATIVE, COACH, ADMIN),
    UPDATE_REVENUE("PUT", "/earnings-models/{earningsModelId}/projection/revenue", ANY_REPRESENTATIVE, COACH, ADMIN),
    UPDATE_INVESTMENTS(
            "PUT", "/earnings-models/{earningsModelId}/projection/investments", ANY_REPRESENTATIVE, COACH, ADMIN),
    UPDATE_YEARLY_COSTS(
            "PUT", "/earnings-models/{earningsModelId}/projection/yearly-costs", ANY_REPRESENTATIVE, COACH, ADMIN),
    IMPORT_WORKBOOK("PUT", "/earnings-models/{earningsModelId}/workbook", ANY_REPRESENTATIVE, COACH, ADMIN);

    /** Every route of the table names its model by this path parameter. */
    public static final String MODEL_PARAMETER = "earningsModelId";

    private final String method;
    private final String path;
    private final Set<EarningsModelRole> allowed;

    EarningsModelOperation(String method, String path, EarningsModelRole... allowed) {
        this.method = method;
        this.path = path;
        this.allowed = Set.copyOf(EnumSet.copyOf(Arrays.asList(allowed)));
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Set<EarningsModelRole> allowed() {
        return allowed;
    }

    public static Optional<EarningsModelOperation> of(String method, String path) {
        return Arrays.stream(values())
                .filter(operation -> operation.isRoute(method, path))
                .findFirst();
    }
}
