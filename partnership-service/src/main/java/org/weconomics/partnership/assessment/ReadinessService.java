package org.weconomics.partnership.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.partnership.tension.TensionCatalogue;
import org.weconomics.partnership.tension.TensionService;

/** Puts together what readiness is derived from. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadinessService {

    private final PartnershipService partnerships;
    private final AssessmentService assessments;
    private final TensionService tensions;
    private final AssessmentCatalogue catalogue;
    private final TensionCatalogue tensionCatalogue;

    public ReadinessService(
            PartnershipService partnerships,
            AssessmentService assessments,
            TensionService tensions,
            AssessmentCatalogue catalogue,
            TensionCatalogue tensionCatalogue) {
        this.partnerships = partnerships;
        this.assessments = assessments;
        this.tensions = tensions;
        this.catalogue = catalogue;
        this.tensionCatalogue = tensionCatalogue;
    }

    public ReadinessView of(UUID partnershipId, Language language) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        PartnershipAssessmentView overview = assessments.overview(partnershipId);
        int partners = Partner.currentOf(partnershipId).size();
        return new Readiness(catalogue, tensionCatalogue, language)
                .explain(
                        assessments.agreedContent(partnership),
                        partners,
                        overview.partners().size(),
                        tensions.registerOf(partnership));
    }
}
