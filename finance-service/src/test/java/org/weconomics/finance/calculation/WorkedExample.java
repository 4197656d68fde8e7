package org.weconomics.finance.calculation;

import java.math.BigDecimal;
import java.util.List;
import org.weconomics.finance.calculation.cost.Activity;
import org.weconomics.finance.calculation.cost.SubAction;

/**
 * A small partnership worked out by hand, used across the tests.
 *
 * <pre>
 * value chain: Intake >> Production >> Delivery   (Marketing was removed: orphaned)
 *
 * Intake      (werkplaats)  intake call        45.00 × 1  =  45.00
 *                           needs analysis     30.00 × 2  =  60.00
 * Production  (houthandel)  assembly           12.50 × 4  =  50.00
 *             (hout-bv)     wood                8.75 × 4  =  35.00   external supplier
 * Delivery    (werkplaats)  transport per km    0.35 × 40 =  14.00
 * Marketing   orphaned      flyers             0.125 × 100 = 12.50   counted nowhere
 *
 * werkplaats: per unit 75.35, total 119.00, share 119/204 = 58.333 % -> 58.33
 * houthandel: per unit 12.50, total  50.00, share  50/204 = 24.509 % -> 24.51 (largest remainder)
 * hout-bv:    per unit  8.75, total  35.00, share  35/204 = 17.156 % -> 17.16 (largest remainder)
 * total:      per unit 96.60, total 204.00 = the unit cost
 * </pre>
 */
public final class WorkedExample {

    public static final String WERKPLAATS = "werkplaats";
    public static final String HOUTHANDEL = "houthandel";
    public static final String HOUT_BV = "hout-bv";

    private WorkedExample() {}

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static List<Party> partyList() {
        return List.of(
                Party.partner(WERKPLAATS, "Sociale werkplaats"),
                Party.partner(HOUTHANDEL, "Houthandel"),
                Party.externalSupplier(HOUT_BV, "Hout BV"));
    }

    public static Parties parties() {
        return Parties.of(partyList());
    }

    public static List<Activity> valueChain() {
        return List.of(
                Activity.of(
                        "intake",
                        "Intake",
                        WERKPLAATS,
                        List.of(
                                new SubAction("call", "Intake call", null, d("45.00"), d("1")),
                                new SubAction("analysis", "Needs analysis", null, d("30.00"), d("2")))),
                Activity.of(
                        "production",
                        "Production",
                        HOUTHANDEL,
                        List.of(
                                new SubAction("assembly", "Assembly", null, d("12.50"), d("4")),
                                new SubAction("wood", "Wood", HOUT_BV, d("8.75"), d("4")))),
                Activity.of(
                        "delivery",
                        "Delivery",
                        WERKPLAATS,
                        List.of(new SubAction("transport", "Transport per km", null, d("0.35"), d("40")))),
                new Activity(
                        "marketing",
                        "Marketing",
                        HOUTHANDEL,
                        true,
                        List.of(new SubAction("flyers", "Flyers", null, d("0.125"), d("100")))));
    }
}
