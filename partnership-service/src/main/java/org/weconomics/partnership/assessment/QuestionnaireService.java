package org.weconomics.partnership.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.partner.PartnerRepresentation;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.partnership.tension.CurrentPartners;
import org.weconomics.support.access.Caller;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.time.Timestamps;

/** The questionnaire each partner fills in as homework; any question may be skipped. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class QuestionnaireService {

    private final PartnershipService partnerships;
    private final QuestionnaireCatalogue catalogue;
    private final Caller caller;
    private final PartnerRepresentation representation;

    public QuestionnaireService(
            PartnershipService partnerships,
            QuestionnaireCatalogue catalogue,
            Caller caller,
            PartnerRepresentation representation) {
        this.partnerships = partnerships;
        this.catalogue = catalogue;
        this.caller = caller;
        this.representation = representation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionnaireView answersOf(@NotNull UUID partnershipId, @NotNull UUID partnerId, Language language) {
        requirePartner(partnershipId, partnerId);
        return view(partnershipId, partnerId, find(partnershipId, partnerId), language);
    }

    public QuestionnaireView answer(
            @NotNull UUID partnershipId,
            @NotNull UUID partnerId,
            long expectedVersion,
            @NotNull @Valid QuestionnaireAnswersRequest request,
            Language language) {
        partnerships.requireAccessible(partnershipId);
        representation.requireCurrentPartner(partnershipId, partnerId);
        QuestionnaireAnswers stored = find(partnershipId, partnerId);
        IfMatch.check(
                expectedVersion,
                QuestionnaireAnswers.visibleVersion(stored),
                () -> view(partnershipId, partnerId, stored, language));
        Map<String, String> answers = new HashMap<>();
        request.answers().forEach((key, answer) -> {
            if (!catalogue.questionKeys().contains(key)) {
                throw ProblemException.invalidField("answers." + key, "is not a question of the questionnaire");
            }
            if (answer != null && !answer.isBlank()) {
                answers.put(key, answer.strip());
            }
        });
        QuestionnaireAnswers saved = stored != null ? stored : newAnswers(partnershipId, partnerId);
        saved.answers = answers;
        saved.answeredBy = caller.subject();
        saved.updatedAt = Timestamps.now();
        saved.persistAndFlush();
        return view(partnershipId, partnerId, saved, language);
    }

    private QuestionnaireView view(
            UUID partnershipId, UUID partnerId, QuestionnaireAnswers answers, Language language) {
        return new QuestionnaireView(
                partnershipId,
                partnerId,
                catalogue.title(language),
                catalogue.instructions(language),
                catalogue.sections(language, answers == null ? Map.of() : answers.answers),
                answers == null ? null : answers.answeredBy,
                answers == null ? null : answers.updatedAt,
                QuestionnaireAnswers.visibleVersion(answers));
    }

    private void requirePartner(UUID partnershipId, UUID partnerId) {
        partnerships.requireAccessible(partnershipId);
        if (!CurrentPartners.isCurrent(partnershipId, partnerId)) {
            throw ProblemException.notFound("Partner", partnerId);
        }
    }

    private static QuestionnaireAnswers find(UUID partnershipId, UUID partnerId) {
        return QuestionnaireAnswers.<QuestionnaireAnswers>find(
                        "partnershipId = ?1 and partnerId = ?2", partnershipId, partnerId)
                .firstResult();
    }

    private static QuestionnaireAnswers newAnswers(UUID partnershipId, UUID partnerId) {
        QuestionnaireAnswers answers = new QuestionnaireAnswers();
        answers.id = UUID.randomUUID();
        answers.partnershipId = partnershipId;
        answers.partnerId = partnerId;
        return answers;
    }
}
