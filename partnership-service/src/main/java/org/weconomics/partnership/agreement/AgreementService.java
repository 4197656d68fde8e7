package org.weconomics.partnership.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.weconomics.events.partnership.AgreementElementChanged;
import org.weconomics.events.partnership.PartnershipHealthEvents;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.partnership.tension.TensionConfig;
import org.weconomics.partnership.tension.TensionService;
import org.weconomics.partnership.valuechain.Activity;
import org.weconomics.support.access.Caller;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.time.Timestamps;

/** The collaboration agreement: assembled on every read, with the partners' own text and status per element. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AgreementService {

    private final PartnershipService partnerships;
    private final TensionService tensions;
    private final AgreementCatalogue catalogue;
    private final Caller caller;
    private final EventOutbox outbox;
    private final TensionConfig calendar;

    public AgreementService(
            PartnershipService partnerships,
            TensionService tensions,
            AgreementCatalogue catalogue,
            Caller caller,
            EventOutbox outbox,
            TensionConfig calendar) {
        this.partnerships = partnerships;
        this.tensions = tensions;
        this.catalogue = catalogue;
        this.caller = caller;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementView agreement(@NotNull UUID partnershipId, @NotNull Language language) {
        return assemble(partnerships.requireAccessible(partnershipId), language);
    }

    public AgreementView.Element changeElement(
            @NotNull UUID partnershipId,
            int number,
            long expectedVersion,
            @NotNull @Valid AgreementElementRequest request,
            @NotNull Language language) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        if (!catalogue.hasElement(number)) {
            throw ProblemException.notFound("Agreement element", number);
        }
        AgreementElementText stored =
                AgreementElementText.findById(new AgreementElementText.Key(partnershipId, number));
        IfMatch.check(
                expectedVersion,
                AgreementElementText.visibleVersion(stored),
                () -> element(assemble(partnership, language), number));
        AgreementElementText text = stored != null ? stored : new AgreementElementText();
        text.partnershipId = partnershipId;
        text.element = number;
        text.text = request.text() == null || request.text().isBlank()
                ? null
                : request.text().strip();
        text.status = request.status();
        text.updatedBy = caller.subject();
        text.updatedAt = Timestamps.now();
        text.persistAndFlush();
        outbox.record(
                PartnershipHealthEvents.AGREEMENT_ELEMENT_CHANGED,
                new AgreementElementChanged(
                        partnershipId,
                        partnership.localGroup,
                        number,
                        catalogue.elementKey(number),
                        text.status.jsonName(),
                        AgreementElementText.visibleVersion(text)));
        return element(assemble(partnership, language), number);
    }

    private AgreementView assemble(Partnership partnership, Language language) {
        Map<Integer, AgreementElementText> texts =
                AgreementElementText.<AgreementElementText>list("partnershipId", partnership.id).stream()
                        .collect(Collectors.toMap(text -> text.element, Function.identity()));
        var sources = new AgreementAssembler.Sources(
                partnership,
                Partner.currentOf(partnership.id),
                Activity.chainOf(partnership.id),
                EarningsDistribution.findById(partnership.id),
                tensions.registerOf(partnership),
                texts);
        return new AgreementAssembler(catalogue, language).assemble(sources, calendar.today());
    }

    private static AgreementView.Element element(AgreementView agreement, int number) {
        return agreement.elements().stream()
                .filter(element -> element.number() == number)
                .findFirst()
                .orElseThrow();
    }
}
