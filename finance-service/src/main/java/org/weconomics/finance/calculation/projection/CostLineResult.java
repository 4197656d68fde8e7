package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * One yearly cost line with its project cost.
 *
 * @param projectCost cost per piece × quantity, in cents ("projectkost")
 */
public record CostLineResult(
        String item,
        BigDecimal costPerPiece,
        BigDecimal quantity,
        BigDecimal projectCost,
        Map<String, Explanation> explanations)
        implements Explained {}
