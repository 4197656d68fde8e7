package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * One row of the template's pricing table. For unit cost c, price p and subsidy s per unit:
 * margin = p − c; margin % = margin ÷ p; total margin = margin + s; total margin % = total margin ÷ p.
 *
 * @param recommendedPrice   p: as entered for a fixed price, otherwise rounded half-even to cents
 * @param unitCost           c, in cents
 * @param margin             p − c from the exact unit cost, in cents; negative when p is below cost
 * @param marginPercent      margin ÷ p in percent; {@code null} when p is zero
 * @param subsidyPerUnit     s, zero when none was given
 * @param totalMargin        margin + s, in cents
 * @param totalMarginPercent total margin ÷ p in percent; {@code null} when p is zero
 */
public record PriceProposal(
        PricingMethod method,
        BigDecimal recommendedPrice,
        BigDecimal unitCost,
        BigDecimal margin,
        BigDecimal marginPercent,
        BigDecimal subsidyPerUnit,
        BigDecimal totalMargin,
        BigDecimal totalMarginPercent,
        Map<String, Explanation> explanations)
        implements Explained {}
