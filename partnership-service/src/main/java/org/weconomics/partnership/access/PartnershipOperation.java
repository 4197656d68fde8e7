package org.weconomics.partnership.access;

import static org.weconomics.partnership.access.PartnershipRole.ADMIN;
import static org.weconomics.partnership.access.PartnershipRole.ANY_REPRESENTATIVE;
import static org.weconomics.partnership.access.PartnershipRole.COACH;
import static org.weconomics.partnership.access.PartnershipRole.MEMBER;
import static org.weconomics.partnership.access.PartnershipRole.REPRESENTATIVE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.weconomics.support.access.table.RoleTableRow;

/**
 * The role table of the partnership service: every write operation, and who may do it. {@link PartnershipAccessFilter}
 * enforces it for every request, the OpenAPI document states each row in its operation's description, and the role
 * matrix test calls each row as every role. A caller outside the partnership's local group gets 404 before any of
 * this, as if the partnership did not exist.
 *
 * <p>The reasoning: the coaches facilitate the trajectory (the partnership itself, who joins, who represents whom,
 * the agreed assessment and the agreement); a partner speaks through its own representatives (its contribution, its
 * assessment and questionnaire, its leaving) and, while it has named none, through the coaches; the value chain is
 * worked out together by the partners; anyone in the local group may raise and work on hybrid tensions.
 */
public enum PartnershipOperation implements RoleTableRow<PartnershipRole> {
    CREATE_COMMUNITY("POST", "/communities", ADMIN),
    UPDATE_COMMUNITY("PUT", "/communities/{communityId}", ADMIN),
    CREATE_LOCAL_GROUP("POST", "/local-groups", ADMIN),
    UPDATE_LOCAL_GROUP("PUT", "/local-groups/{localGroupKey}", ADMIN),
    CLOSE_LOCAL_GROUP("POST", "/local-groups/{localGroupKey}/close", ADMIN),
    ADD_MEMBER("POST", "/local-groups/{localGroupKey}/members", ADMIN),
    REMOVE_MEMBER("DELETE", "/local-groups/{localGroupKey}/members/{userId}", ADMIN),
    REGISTER_ORGANISATION("POST", "/organisations", COACH, ADMIN),
    UPDATE_ORGANISATION("PUT", "/organisations/{organisationId}", ADMIN),
    CREATE_PARTNERSHIP("POST", "/partnerships", MEMBER, ADMIN),
    UPDATE_PARTNERSHIP("PUT", "/partnerships/{partnershipId}", COACH, ADMIN),
    CHANGE_COACHES("PUT", "/partnerships/{partnershipId}/coaches", COACH, ADMIN),
    JOIN_PARTNER("POST", "/partnerships/{partnershipId}/partners", COACH, ADMIN),
    UPDATE_PARTNER("PUT", "/partnerships/{partnershipId}/partners/{partnerId}", COACH, ADMIN),
    CHANGE_CONTRIBUTIONS(
            "PUT", "/partnerships/{partnershipId}/partners/{partnerId}/contributions", REPRESENTATIVE, COACH, ADMIN),
    CHANGE_REPRESENTATIVES(
            "PUT", "/partnerships/{partnershipId}/partners/{partnerId}/representatives", REPRESENTATIVE, COACH, ADMIN),
    LEAVE("POST", "/partnerships/{partnershipId}/partners/{partnerId}/leave", REPRESENTATIVE, COACH, ADMIN),
    START_ASSESSMENT_DRAFT(
            "POST", "/partnerships/{partnershipId}/assessments/partners/{partnerId}/draft", REPRESENTATIVE, ADMIN),
    UPDATE_ASSESSMENT_DRAFT(
            "PUT", "/partnerships/{partnershipId}/assessments/partners/{partnerId}/draft", REPRESENTATIVE, ADMIN),
    SUBMIT_ASSESSMENT(
            "POST",
            "/partnerships/{partnershipId}/assessments/partners/{partnerId}/draft/submit",
            REPRESENTATIVE,
            ADMIN),
    SET_AGREED_ASSESSMENT("PUT", "/partnerships/{partnershipId}/assessments/agreed", COACH, ADMIN),
    ANSWER_QUESTIONNAIRE(
            "PUT", "/partnerships/{partnershipId}/questionnaire/partners/{partnerId}", REPRESENTATIVE, ADMIN),
    CHANGE_AGREEMENT_ELEMENT("PUT", "/partnerships/{partnershipId}/agreement/elements/{number}", COACH, ADMIN),
    ADD_ACTIVITY("POST", "/partnerships/{partnershipId}/value-chain/activities", ANY_REPRESENTATIVE, COACH, ADMIN),
    UPDATE_ACTIVITY(
            "PUT",
            "/partnerships/{partnershipId}/value-chain/activities/{activityId}",
            ANY_REPRESENTATIVE,
            COACH,
            ADMIN),
    REMOVE_ACTIVITY(
            "DELETE",
            "/partnerships/{partnershipId}/value-chain/activities/{activityId}",
            ANY_REPRESENTATIVE,
            COACH,
            ADMIN),
    REORDER_ACTIVITIES("PUT", "/partnerships/{partnershipId}/value-chain/order", ANY_REPRESENTATIVE, COACH, ADMIN),
    RECORD_TENSION("POST", "/partnerships/{partnershipId}/tensions", MEMBER, ADMIN),
    UPDATE_TENSION("PUT", "/partnerships/{partnershipId}/tensions/{tensionId}", MEMBER, ADMIN),
    CHANGE_TENSION_STATUS("PUT", "/partnerships/{partnershipId}/tensions/{tensionId}/status", MEMBER, ADMIN),
    ADD_TENSION_SOLUTION("POST", "/partnerships/{partnershipId}/tensions/{tensionId}/solutions", MEMBER, ADMIN);

    private static final String PARTNERSHIP_ROUTES = "/partnerships/{";

    private final String method;
    private final String path;
    private final Set<PartnershipRole> allowed;

    PartnershipOperation(String method, String path, PartnershipRole... allowed) {
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
    public Set<PartnershipRole> allowed() {
        return allowed;
    }

    /** The path parameter naming the partnership, for routes below one. */
    public Optional<String> partnershipParameter() {
        if (!path.startsWith(PARTNERSHIP_ROUTES)) {
            return Optional.empty();
        }
        int start = PARTNERSHIP_ROUTES.length();
        return Optional.of(path.substring(start, path.indexOf('}', start)));
    }

    /** Whether the route concerns one partner (it names {@code {partnerId}}). */
    public boolean concernsPartner() {
        return path.contains("{partnerId}");
    }

    public static Optional<PartnershipOperation> of(String method, String path) {
        return Arrays.stream(values())
                .filter(operation -> operation.isRoute(method, path))
                .findFirst();
    }
}
