package org.weconomics.finance.exchange;

/**
 * Where things are in the exported workbook, shared by the writer and the reader. Sheets and headers
 * follow the method's template (Dutch, with English in the row below).
 */
final class WorkbookLayout {

    static final String PRICING_SHEET = "Prijsbepaling & marge";
    static final String COSTS_SHEET = "Kostenstructuur";
    static final String ACTIVITIES_SHEET = "Activiteiten";

    /** Activities sheet: header rows 0 (nl) and 1 (en), sub-actions from row 2. */
    static final int ACTIVITY = 0;

    static final int SUB_ACTION = 1;
    static final int PARTY = 2;
    static final int COST_PER_UNIT = 3;
    static final int QUANTITY = 4;
    static final int TOTAL_COST = 5;
    static final int ORPHANED = 6;
    static final int ACTIVITY_ID = 7;
    static final int SUB_ACTION_ID = 8;
    static final int PARTY_ID = 9;
    static final int FIRST_DATA_ROW = 2;

    static final String[][] ACTIVITY_HEADERS = {
        {
            "Activiteit",
            "Sub actie",
            "Partij",
            "Kost per unit",
            "# vereist / klant",
            "Totale kost",
            "Verweesd",
            "activiteit-id",
            "sub-actie-id",
            "partij-id"
        },
        {
            "Activity",
            "Sub-action",
            "Party",
            "Cost per unit",
            "Quantity per customer",
            "Total cost",
            "Orphaned",
            "activity id",
            "sub-action id",
            "party id"
        }
    };

    static final String[][] COST_HEADERS = {
        {"Partij", "Soort", "Totale kost per unit", "Totale kost", "Verdeling kosten", "partij-id"},
        {"Party", "Kind", "Total cost per unit", "Total cost", "Cost share", "party id"}
    };

    static final String[][] PRICING_HEADERS = {
        {
            "Methode",
            "Aangeraden prijs",
            "Kost per unit",
            "Marge",
            "Marge %",
            "Subsidie",
            "Totale marge",
            "Totale marge %",
            "Gekozen"
        },
        {
            "Method",
            "Recommended price",
            "Unit cost",
            "Margin",
            "Margin %",
            "Subsidy",
            "Total margin",
            "Total margin %",
            "Chosen"
        }
    };

    static final String[][] DISTRIBUTION_HEADERS = {
        {"Partij", "Verdeelsleutel %", "Aandeel marge", "Aandeel %", "partij-id"},
        {"Party", "Key %", "Margin share", "Share %", "party id"}
    };

    static final String[][] INPUT_HEADERS = {
        {"Invoer", "Waarde"},
        {"Input", "Value"}
    };

    /** Marks the blocks of inputs on the pricing sheet, in column A; the reader finds them by these. */
    static final String PRICING_INPUTS = "Invoer prijsbepaling / Pricing inputs";

    static final String DISTRIBUTION_INPUTS = "Invoer margeverdeling / Distribution inputs";
    static final String END_OF_INPUTS = "—";

    static final String YES = "ja";

    private WorkbookLayout() {}
}
