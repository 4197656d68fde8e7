package org.weconomics.finance.calculation;

import java.util.Map;

/** A result whose figures can each be explained, keyed by the figure's field name. */
public interface Explained {

    Map<String, Explanation> explanations();

    /**
     * @param figure the field name of the figure, e.g. {@code "marginPercent"}
     * @throws IllegalArgumentException when this result has no such explained figure
     */
    default Explanation explain(String figure) {
        Explanation explanation = explanations().get(figure);
        if (explanation == null) {
            throw new IllegalArgumentException("no explanation for '" + figure + "'; explained figures are "
                    + explanations().keySet());
        }
        return explanation;
    }
}
