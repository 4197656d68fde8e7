package org.weconomics.events.partnership;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;

/**
 * Contracts about the health of a partnership (its hybrid tension register, its assessments and its
 * collaboration agreement), published by partnership-service on {@link Topics#PARTNERSHIP}, keyed by
 * partnership id so that they stay in order with the partnership's other events.
 */
public final class PartnershipHealthEvents {

    public static final EventContract<TensionState> TENSION_RECORDED = new EventContract<>(
            "org.weconomics.partnership.tension-recorded", 1, Topics.PARTNERSHIP, TensionState.class);

    public static final EventContract<TensionState> TENSION_CHANGED = new EventContract<>(
            "org.weconomics.partnership.tension-changed", 1, Topics.PARTNERSHIP, TensionState.class);

    public static final EventContract<TensionReviewDue> TENSION_REVIEW_DUE = new EventContract<>(
            "org.weconomics.partnership.tension-review-due", 1, Topics.PARTNERSHIP, TensionReviewDue.class);

    public static final EventContract<AssessmentSubmitted> ASSESSMENT_SUBMITTED = new EventContract<>(
            "org.weconomics.partnership.assessment-submitted", 1, Topics.PARTNERSHIP, AssessmentSubmitted.class);

    public static final EventContract<AgreedAssessmentSet> AGREED_ASSESSMENT_SET = new EventContract<>(
            "org.weconomics.partnership.agreed-assessment-set", 1, Topics.PARTNERSHIP, AgreedAssessmentSet.class);

    public static final EventContract<AgreementElementChanged> AGREEMENT_ELEMENT_CHANGED = new EventContract<>(
            "org.weconomics.partnership.agreement-element-changed",
            1,
            Topics.PARTNERSHIP,
            AgreementElementChanged.class);

    public static final List<EventContract<?>> ALL = List.of(
            TENSION_RECORDED,
            TENSION_CHANGED,
            TENSION_REVIEW_DUE,
            ASSESSMENT_SUBMITTED,
            AGREED_ASSESSMENT_SET,
            AGREEMENT_ELEMENT_CHANGED);

    private PartnershipHealthEvents() {}
}
