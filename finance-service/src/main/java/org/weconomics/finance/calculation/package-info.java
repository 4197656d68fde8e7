/**
 * The calculation core of the finance service: the earnings model ("verdienmodel") of a partnership,
 * in plain Java without framework, persistence or I/O, so that every rule can be tested on its own.
 *
 * <p>Flow: {@link org.weconomics.finance.calculation.Parties} are validated first; the
 * {@code cost.CostStructureCalculator} turns the value chain into a cost structure whose exact
 * {@code CostBase} feeds {@code pricing.PricingCalculator} (unit cost),
 * {@code distribution.MarginDistributor} (the cost-contribution key) and
 * {@code projection.ProjectionCalculator}. {@link org.weconomics.finance.calculation.EarningsModelCalculator}
 * runs them all on one {@link org.weconomics.finance.calculation.EarningsModelInput}.
 *
 * <p>Conventions:
 * <ul>
 * <li>Inputs and results are immutable records; calculators are stateless and thread-safe.</li>
 * <li>Money is {@link java.math.BigDecimal}, never a floating-point number; rounding follows
 * {@link org.weconomics.finance.calculation.RoundingRules} and nothing else.</li>
 * <li>Invalid input fails with a {@link org.weconomics.finance.calculation.CalculationInputException}
 * naming every wrong field by its path in {@code EarningsModelInput}.</li>
 * <li>Every figure of a result can be explained ({@link org.weconomics.finance.calculation.Explained}):
 * the rule, its formula in words, and the inputs it was applied to.</li>
 * </ul>
 */
package org.weconomics.finance.calculation;
