package org.weconomics.finance.calculation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated parties of an earnings model, in the order the user listed them. That order is the
 * order of every per-party result and the tie-break when a cent has to go to one party.
 */
public final class Parties {

    public static final String FIELD = "parties";

    private final Map<String, Party> byId;

    private Parties(Map<String, Party> byId) {
        this.byId = byId;
    }

    /**
     * @throws CalculationInputException naming {@code parties[i].…} when a party is incomplete or an id
     *     is used twice, or {@code parties} when there is no partner at all
     */
    public static Parties of(List<Party> parties) {
        Violations violations = new Violations();
        Map<String, Party> byId = new LinkedHashMap<>();
        List<Party> listed = parties == null ? List.of() : parties;
        for (int i = 0; i < listed.size(); i++) {
            String path = FIELD + "[" + i + "]";
            Party party = listed.get(i);
            if (!violations.requirePresent(path, party)) {
                continue;
            }
            boolean idOk = violations.requireText(path + ".id", party.id());
            violations.requireText(path + ".name", party.name());
            violations.requirePresent(path + ".kind", party.kind());
            if (idOk && byId.putIfAbsent(party.id(), party) != null) {
                violations.add(path + ".id", "is used by another party: " + party.id());
            }
        }
        if (violations.isEmpty() && byId.values().stream().noneMatch(Party::isPartner)) {
            violations.add(FIELD, "must contain at least one partner");
        }
        violations.throwIfAny();
        return new Parties(Collections.unmodifiableMap(byId));
    }

    /** All parties in the listed order. */
    public List<Party> all() {
        return List.copyOf(byId.values());
    }

    /** The partners, who share the margin, in the listed order. */
    public List<Party> partners() {
        List<Party> partners = new ArrayList<>();
        for (Party party : byId.values()) {
            if (party.isPartner()) {
                partners.add(party);
            }
        }
        return List.copyOf(partners);
    }

    public boolean contains(String partyId) {
        return partyId != null && byId.containsKey(partyId);
    }

    public Optional<Party> find(String partyId) {
        return partyId == null ? Optional.empty() : Optional.ofNullable(byId.get(partyId));
    }

    /**
     * Checks a reference to a party.
     *
     * @return whether it names a known party
     */
    public boolean requireKnown(Violations violations, String field, String partyId) {
        if (!violations.requireText(field, partyId)) {
            return false;
        }
        if (!byId.containsKey(partyId)) {
            violations.add(field, "names no party of this earnings model: " + partyId);
            return false;
        }
        return true;
    }

    /**
     * Checks a reference to a party that must be a partner.
     *
     * @return whether it names a known partner
     */
    public boolean requirePartner(Violations violations, String field, String partyId) {
        if (!requireKnown(violations, field, partyId)) {
            return false;
        }
        if (!byId.get(partyId).isPartner()) {
            violations.add(field, "names an external supplier, which takes no share of the margin: " + partyId);
            return false;
        }
        return true;
    }
}
