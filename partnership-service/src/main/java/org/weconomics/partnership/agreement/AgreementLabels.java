package org.weconomics.partnership.agreement;

import org.weconomics.partnership.catalogue.Language;

/** The fixed words of the agreement and its documents, in Dutch and English. */
final class AgreementLabels {

    private final Language language;

    AgreementLabels(Language language) {
        this.language = language;
    }

    String say(String en, String nl) {
        return language == Language.NL ? nl : en;
    }

    String title() {
        return say("Collaboration agreement", "Samenwerkingsovereenkomst");
    }

    String draft() {
        return say("Draft for discussion between the partners", "Ontwerp ter bespreking tussen de partners");
    }

    String date() {
        return say("Date", "Datum");
    }

    String version() {
        return say("Version", "Versie");
    }

    String status() {
        return say("Status", "Status");
    }

    String agreed() {
        return say("Agreed between the partners", "Afspraken tussen de partners");
    }

    String nothingWritten() {
        return say("[To be completed by the partners]", "[Aan te vullen door de partners]");
    }

    String openPoints() {
        return say("Still to be settled", "Nog te regelen");
    }

    String guidance() {
        return say("Guidance", "Richtlijnen");
    }

    String yes() {
        return say("yes", "ja");
    }

    String no() {
        return say("no", "nee");
    }
}
