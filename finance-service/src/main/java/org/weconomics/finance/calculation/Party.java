package org.weconomics.finance.calculation;

/**
 * A party that carries costs: a partner or an external supplier.
 *
 * @param id   the stable id other inputs refer to the party by
 * @param name the name shown to users
 * @param kind partner or external supplier
 */
public record Party(String id, String name, PartyKind kind) {

    public static Party partner(String id, String name) {
        return new Party(id, name, PartyKind.PARTNER);
    }

    public static Party externalSupplier(String id, String name) {
        return new Party(id, name, PartyKind.EXTERNAL_SUPPLIER);
    }

    public boolean isPartner() {
        return kind == PartyKind.PARTNER;
    }
}
