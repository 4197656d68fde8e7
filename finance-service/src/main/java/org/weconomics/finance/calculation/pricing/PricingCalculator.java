package org.weconomics.finance.calculation.pricing;

import static org.weconomics.finance.calculation.RoundingRules.HUNDRED;
import static org.weconomics.finance.calculation.RoundingRules.money;
import static org.weconomics.finance.calculation.RoundingRules.moneyQuotient;
import static org.weconomics.finance.calculation.RoundingRules.percentOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.weconomics.finance.calculation.Explanation;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.ValueUnit;
import org.weconomics.finance.calculation.Violations;

/** Works out the recommended price, margin and total margin of every pricing method filled in. */
public final class PricingCalculator {

    public static final String FIELD = "pricing";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * @param unitCost the exact unit cost c, normally {@code CostBase.unitCost()}
     * @param input    the methods filled in; {@code null} for none
     * @throws org.weconomics.finance.calculation.CalculationInputException naming {@code pricing.…}
     *     for every invalid value
     */
    public PriceComparison compare(BigDecimal unitCost, PricingInput input) {
        if (input == null) {
            return new PriceComparison(money(unitCost), List.of(), null);
        }
        validate(unitCost, input);
        List<PriceProposal> proposals = new ArrayList<>();
        if (input.fixedPrice() != null) {
            proposals.add(fixedPrice(unitCost, input.fixedPrice()));
        }
        if (input.fixedMargin() != null) {
            proposals.add(fixedMargin(unitCost, input.fixedMargin()));
        }
        if (input.marketAlternatives() != null) {
            proposals.add(marketAlternatives(unitCost, input.marketAlternatives()));
        }
        if (input.addedValue() != null) {
            proposals.add(addedValue(unitCost, input.addedValue()));
        }
        return new PriceComparison(money(unitCost), proposals, input.chosenMethod());
    }

    private static PriceProposal fixedPrice(BigDecimal unitCost, FixedPrice input) {
        Explanation explanation =
                Explanation.of(Rule.FIXED_PRICE).input("price", input.price()).result(input.price());
        return proposal(PricingMethod.FIXED_PRICE, input.price(), explanation, unitCost, input.subsidyPerUnit());
    }

    private static PriceProposal fixedMargin(BigDecimal unitCost, FixedMargin input) {
        BigDecimal price;
        Explanation.Builder explanation;
        if (input.unit() == ValueUnit.AMOUNT) {
            price = money(unitCost.add(input.targetMargin()));
            explanation = Explanation.of(Rule.FIXED_MARGIN_AMOUNT);
        } else {
            // margin % is taken on the price, so p = c ÷ (1 − m/100) = c × 100 ÷ (100 − m)
            price = moneyQuotient(unitCost.multiply(HUNDRED), HUNDRED.subtract(input.targetMargin()));
            explanation = Explanation.of(Rule.FIXED_MARGIN_PERCENT);
        }
        return proposal(
                PricingMethod.FIXED_MARGIN,
                price,
                explanation
                        .input("unitCost", unitCost)
                        .input("targetMargin", input.targetMargin())
                        .result(price),
                unitCost,
                input.subsidyPerUnit());
    }

    private static PriceProposal marketAlternatives(BigDecimal unitCost, MarketAlternatives input) {
        List<BigDecimal> prices = input.alternatives().stream()
                .map(MarketAlternative::price)
                .sorted(Comparator.naturalOrder())
                .toList();
        MarketPosition position = input.positionOrDefault();
        BigDecimal price =
                switch (position) {
                    case LOWEST -> prices.get(0);
                    case HIGHEST -> prices.get(prices.size() - 1);
                    case AVERAGE ->
                        moneyQuotient(
                                prices.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                                BigDecimal.valueOf(prices.size()));
                    case MEDIAN -> median(prices);
                };
        Explanation.Builder explanation =
                Explanation.of(Rule.MARKET_ALTERNATIVES).input("position", position);
        for (MarketAlternative alternative : input.alternatives()) {
            explanation.input(alternative.name(), alternative.price());
        }
        return proposal(
                PricingMethod.MARKET_ALTERNATIVES, price, explanation.result(price), unitCost, input.subsidyPerUnit());
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return moneyQuotient(sorted.get(middle - 1).add(sorted.get(middle)), TWO);
    }

    private static PriceProposal addedValue(BigDecimal unitCost, AddedValue input) {
        BigDecimal price;
        Explanation.Builder explanation;
        if (input.unit() == ValueUnit.AMOUNT) {
            price = money(input.referencePrice().add(input.premium()));
            explanation = Explanation.of(Rule.ADDED_VALUE_AMOUNT);
        } else {
            price = moneyQuotient(input.referencePrice().multiply(HUNDRED.add(input.premium())), HUNDRED);
            explanation = Explanation.of(Rule.ADDED_VALUE_PERCENT);
        }
        return proposal(
                PricingMethod.ADDED_VALUE,
                price,
                explanation
                        .input("referencePrice", input.referencePrice())
                        .input("premium", input.premium())
                        .input("premiumKind", input.kind())
                        .result(price),
                unitCost,
                input.subsidyPerUnit());
    }

    /** The method's margin formulas, the same for every way of arriving at the price. */
    private static PriceProposal proposal(
            PricingMethod method,
            BigDecimal price,
            Explanation priceExplanation,
            BigDecimal unitCost,
            BigDecimal subsidyOrNull) {
        BigDecimal subsidy = subsidyOrNull == null ? BigDecimal.ZERO : subsidyOrNull;
        BigDecimal margin = price.subtract(unitCost);
        BigDecimal totalMargin = margin.add(subsidy);
        BigDecimal marginPercent = percentOf(margin, price);
        BigDecimal totalMarginPercent = percentOf(totalMargin, price);
        String zeroPrice = price.signum() == 0 ? "the price is zero, so there is no percentage" : null;
        return new PriceProposal(
                method,
                price,
                money(unitCost),
                money(margin),
                marginPercent,
                subsidy,
                money(totalMargin),
                totalMarginPercent,
                new Explanation.Figures()
                        .put("recommendedPrice", priceExplanation)
                        .put(
                                "margin",
                                Explanation.of(Rule.MARGIN)
                                        .input("price", price)
                                        .input("unitCost", unitCost)
                                        .result(money(margin)))
                        .put(
                                "marginPercent",
                                Explanation.of(Rule.MARGIN_PERCENT)
                                        .input("margin", margin)
                                        .input("price", price)
                                        .note(zeroPrice)
                                        .result(marginPercent))
                        .put(
                                "totalMargin",
                                Explanation.of(Rule.TOTAL_MARGIN)
                                        .input("margin", margin)
                                        .input("subsidyPerUnit", subsidy)
                                        .result(money(totalMargin)))
                        .put(
                                "totalMarginPercent",
                                Explanation.of(Rule.TOTAL_MARGIN_PERCENT)
                                        .input("totalMargin", totalMargin)
                                        .input("price", price)
                                        .note(zeroPrice)
                                        .result(totalMarginPercent))
                        .build());
    }

    private static void validate(BigDecimal unitCost, PricingInput input) {
        Violations violations = new Violations();
        violations.requireNonNegative(FIELD + ".unitCost", unitCost);
        if (input.fixedPrice() != null) {
            String path = FIELD + ".fixedPrice";
            violations.requirePositive(path + ".price", input.fixedPrice().price());
            optionalSubsidy(violations, path, input.fixedPrice().subsidyPerUnit());
        }
        if (input.fixedMargin() != null) {
            String path = FIELD + ".fixedMargin";
            FixedMargin fixedMargin = input.fixedMargin();
            if (violations.requirePresent(path + ".unit", fixedMargin.unit())
                    && violations.requireNonNegative(path + ".targetMargin", fixedMargin.targetMargin())
                    && fixedMargin.unit() == ValueUnit.PERCENT
                    && fixedMargin.targetMargin().compareTo(HUNDRED) >= 0) {
                violations.add(
                        path + ".targetMargin",
                        "a margin of 100 % of the price or more leaves no room for the cost, was "
                                + fixedMargin.targetMargin().toPlainString());
            }
            optionalSubsidy(violations, path, fixedMargin.subsidyPerUnit());
        }
        if (input.marketAlternatives() != null) {
            String path = FIELD + ".marketAlternatives";
            List<MarketAlternative> alternatives = input.marketAlternatives().alternatives();
            if (alternatives.isEmpty()) {
                violations.add(path + ".alternatives", "must contain at least one alternative");
            }
            for (int i = 0; i < alternatives.size(); i++) {
                String itemPath = path + ".alternatives[" + i + "]";
                if (violations.requirePresent(itemPath, alternatives.get(i))) {
                    violations.requireText(
                            itemPath + ".name", alternatives.get(i).name(), Violations.MAX_NAME_LENGTH);
                    violations.requirePositive(
                            itemPath + ".price", alternatives.get(i).price());
                }
            }
            optionalSubsidy(violations, path, input.marketAlternatives().subsidyPerUnit());
        }
        if (input.addedValue() != null) {
            String path = FIELD + ".addedValue";
            violations.requirePositive(
                    path + ".referencePrice", input.addedValue().referencePrice());
            violations.requirePresent(path + ".unit", input.addedValue().unit());
            violations.requireNonNegative(path + ".premium", input.addedValue().premium());
            optionalSubsidy(violations, path, input.addedValue().subsidyPerUnit());
        }
        if (input.chosenMethod() != null && !filledIn(input, input.chosenMethod())) {
            violations.add(
                    FIELD + ".chosenMethod", "names a pricing method that is not filled in: " + input.chosenMethod());
        }
        violations.throwIfAny();
    }

    private static void optionalSubsidy(Violations violations, String path, BigDecimal subsidy) {
        if (subsidy != null) {
            violations.requireNonNegative(path + ".subsidyPerUnit", subsidy);
        }
    }

    private static boolean filledIn(PricingInput input, PricingMethod method) {
        return switch (method) {
            case FIXED_PRICE -> input.fixedPrice() != null;
            case FIXED_MARGIN -> input.fixedMargin() != null;
            case MARKET_ALTERNATIVES -> input.marketAlternatives() != null;
            case ADDED_VALUE -> input.addedValue() != null;
        };
    }
}
