package org.weconomics.partnership.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.events.partnership.AgreedAssessmentSet;
import org.weconomics.events.partnership.AssessmentSubmitted;
import org.weconomics.events.partnership.PartnershipHealthEvents;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.partnership.partner.PartnerRepresentation;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.support.access.Caller;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/**
 * Assessments of a partnership. A member of the partnership's local group acts for a partner by naming it; the
 * draft they write is theirs alone (anyone else, other partners included, gets 404) until they submit it. Only
 * submitted assessments appear in the partnership's view and history, and a partner's representatives see the
 * other partners' answers only once their own partner has submitted ({@link AssessmentSeal}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AssessmentService {

    private static final String DRAFT = "Draft assessment of partner";

    private final PartnershipService partnerships;
    private final Caller caller;
    private final EventOutbox outbox;
    private final AssessmentCatalogue catalogue;
    private final PartnerRepresentation representation;

    public AssessmentService(
            PartnershipService partnerships,
            Caller caller,
            EventOutbox outbox,
            AssessmentCatalogue catalogue,
            PartnerRepresentation representation) {
        this.partnerships = partnerships;
        this.caller = caller;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.representation = representation;
    }

    public AssessmentView startDraft(
            @NotNull UUID partnershipId, @NotNull UUID partnerId, @NotNull @Valid AssessmentContent content) {
        partnerships.requireAccessible(partnershipId);
        representation.requireCurrentPartner(partnershipId, partnerId);
        catalogue.requireKnown(content);
        if (Assessment.draftOf(partnershipId, partnerId).isPresent()) {
            throw new ProblemException(
                    ProblemType.ASSESSMENT_DRAFT_EXISTS,
                    "An assessment of this partner is already being drafted; submit it first");
        }
        OffsetDateTime now = Timestamps.now();
        Assessment draft = new Assessment();
        draft.id = UUID.randomUUID();
        draft.partnershipId = partnershipId;
        draft.partnerId = partnerId;
        draft.kind = Assessment.Kind.PARTNER;
        draft.state = Assessment.State.DRAFT;
        draft.revision = Assessment.lastRevision(partnershipId, partnerId, Assessment.Kind.PARTNER) + 1;
        draft.content = content;
        draft.author = caller.subject();
        draft.createdAt = now;
        draft.updatedAt = now;
        persistOrConflict(draft);
        return AssessmentView.of(draft);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView draft(@NotNull UUID partnershipId, @NotNull UUID partnerId) {
        return AssessmentView.of(requireOwnDraft(partnershipId, partnerId));
    }

    public AssessmentView updateDraft(
            @NotNull UUID partnershipId,
            @NotNull UUID partnerId,
            long expectedVersion,
            @NotNull @Valid AssessmentContent content) {
        Assessment draft = requireOwnDraft(partnershipId, partnerId);
        IfMatch.check(expectedVersion, draft.version, () -> AssessmentView.of(draft));
        catalogue.requireKnown(content);
        draft.content = content;
        draft.updatedAt = Timestamps.now();
        draft.persistAndFlush();
        return AssessmentView.of(draft);
    }

    public AssessmentView submit(@NotNull UUID partnershipId, @NotNull UUID partnerId, long expectedVersion) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        representation.requireCurrentPartner(partnershipId, partnerId);
        Assessment draft = requireOwnDraft(partnershipId, partnerId);
        IfMatch.check(expectedVersion, draft.version, () -> AssessmentView.of(draft));
        OffsetDateTime now = Timestamps.now();
        draft.state = Assessment.State.SUBMITTED;
        draft.submittedAt = now;
        draft.updatedAt = now;
        draft.persistAndFlush();
        outbox.record(
                PartnershipHealthEvents.ASSESSMENT_SUBMITTED,
                new AssessmentSubmitted(
                        partnershipId,
                        partnership.localGroup,
                        draft.id,
                        partnerId,
                        draft.revision,
                        draft.content.facetsCleared()));
        return AssessmentView.of(draft);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreedAssessmentView agreed(@NotNull UUID partnershipId) {
        partnerships.requireAccessible(partnershipId);
        return AgreedAssessmentView.of(
                partnershipId, Assessment.latestAgreed(partnershipId).orElse(null));
    }

    /** Sets the next revision of the agreed view; the earlier ones stay as history. */
    public AgreedAssessmentView setAgreed(
            @NotNull UUID partnershipId, long expectedVersion, @NotNull @Valid AssessmentContent content) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Assessment latest = Assessment.latestAgreed(partnershipId).orElse(null);
        IfMatch.check(
                expectedVersion,
                latest == null ? 0 : latest.revision,
                () -> AgreedAssessmentView.of(partnershipId, latest));
        catalogue.requireKnown(content);
        OffsetDateTime now = Timestamps.now();
        Assessment agreed = new Assessment();
        agreed.id = UUID.randomUUID();
        agreed.partnershipId = partnershipId;
        agreed.kind = Assessment.Kind.AGREED;
        agreed.state = Assessment.State.SUBMITTED;
        agreed.revision = (int) expectedVersion + 1;
        agreed.content = content;
        agreed.author = caller.subject();
        agreed.createdAt = now;
        agreed.updatedAt = now;
        agreed.submittedAt = now;
        persistOrConflict(agreed);
        outbox.record(
                PartnershipHealthEvents.AGREED_ASSESSMENT_SET,
                new AgreedAssessmentSet(
                        partnershipId, partnership.localGroup, agreed.id, agreed.revision, content.facetsCleared()));
        return AgreedAssessmentView.of(partnershipId, agreed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnershipAssessmentView overview(@NotNull UUID partnershipId) {
        partnerships.requireAccessible(partnershipId);
        Map<UUID, AssessmentView> latestPerPartner = new LinkedHashMap<>();
        List<UUID> without = new ArrayList<>();
        List<UUID> sealed = new ArrayList<>();
        List<Partner> current = Partner.currentOf(partnershipId);
        List<Assessment> submitted = Assessment.submittedOf(partnershipId);
        AssessmentSeal seal = sealFor(current, submitted);
        for (Partner partner : current) {
            submitted.stream()
                    .filter(assessment -> partner.id.equals(assessment.partnerId))
                    .findFirst()
                    .ifPresentOrElse(
                            latest -> {
                                if (seal.reveals(latest)) {
                                    latestPerPartner.put(partner.id, AssessmentView.of(latest));
                                } else {
                                    sealed.add(partner.id);
                                }
                            },
                            () -> without.add(partner.id));
        }
        List<AssessmentView> views = List.copyOf(latestPerPartner.values());
        return new PartnershipAssessmentView(
                partnershipId,
                views,
                without,
                sealed,
                AgreedAssessmentView.of(
                        partnershipId, Assessment.latestAgreed(partnershipId).orElse(null)),
                PartnershipAssessmentView.divergencesOf(
                        views, catalogue.facetKeys(), catalogue.successFactorKeys(), catalogue.impactKeys()));
    }

    /** Every submitted partner assessment the caller may read, and every agreed revision, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> history(@NotNull UUID partnershipId) {
        partnerships.requireAccessible(partnershipId);
        List<Assessment> submitted = Assessment.submittedOf(partnershipId);
        AssessmentSeal seal = sealFor(Partner.currentOf(partnershipId), submitted);
        return submitted.stream().filter(seal::reveals).map(AssessmentView::of).toList();
    }

    /** The agreed view, for the readiness summary and the agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AssessmentContent> agreedContent(@NotNull Partnership partnership) {
        return Assessment.latestAgreed(partnership.id).map(assessment -> assessment.content);
    }

    private Assessment requireOwnDraft(UUID partnershipId, UUID partnerId) {
        partnerships.requireAccessible(partnershipId);
        return Assessment.draftOf(partnershipId, partnerId)
                .filter(draft -> draft.author.equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound(DRAFT, partnerId));
    }

    private AssessmentSeal sealFor(List<Partner> currentPartners, List<Assessment> submitted) {
        return AssessmentSeal.of(caller.subject(), caller.isAdmin(), currentPartners, submitted);
    }

    /** Two simultaneous first drafts (or agreed revisions) meet the unique index; the loser is told to read again. */
    private static void persistOrConflict(Assessment assessment) {
        try {
            assessment.persistAndFlush();
        } catch (PersistenceException e) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "Someone else saved an assessment at the same moment; read it again and retry");
        }
    }
}
