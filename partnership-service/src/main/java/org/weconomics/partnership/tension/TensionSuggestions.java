package org.weconomics.partnership.tension;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;

/** Offers the catalogue's typical tensions that fit a partnership's type. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TensionSuggestions {

    private final PartnershipService partnerships;
    private final TensionCatalogue catalogue;

    public TensionSuggestions(PartnershipService partnerships, TensionCatalogue catalogue) {
        this.partnerships = partnerships;
        this.catalogue = catalogue;
    }

    public List<TensionSuggestion> forPartnership(UUID partnershipId, Language language) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        var registered = Tension.registerOf(partnershipId).stream()
                .map(tension -> tension.catalogueKey)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return catalogue.suggestionsFor(partnership.type(), registered, language);
    }
}
