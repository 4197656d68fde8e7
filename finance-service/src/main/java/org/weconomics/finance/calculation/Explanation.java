package org.weconomics.finance.calculation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a figure has the value it has: the rule applied, that rule's formula in words, the inputs it
 * was applied to and the outcome. The service shows it as "explain this figure".
 *
 * @param rule    the rule that produced the figure
 * @param formula the rule's formula in words
 * @param inputs  the inputs by name, in the order the formula uses them, as plain decimal text
 * @param result  the figure, as plain decimal text
 * @param note    a remark on this case (e.g. why a floor applied), or {@code null}
 */
@Schema(
        name = "FormulaExplanation",
        description = "How one figure is calculated: the rule, its formula, the inputs and the result.")
public record Explanation(Rule rule, String formula, Map<String, String> inputs, String result, String note) {

    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(formula, "formula");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    public static Builder of(Rule rule) {
        return new Builder(rule);
    }

    /** Renders a value the way explanations show it: decimals in plain notation, constants as the API spells them, {@code n/a} for none. */
    static String text(Object value) {
        if (value == null) {
            return "n/a";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return value.toString();
    }

    public static final class Builder {
        private final Rule rule;
        private final Map<String, String> inputs = new LinkedHashMap<>();
        private String note;

        private Builder(Rule rule) {
            this.rule = rule;
        }

        public Builder input(String name, Object value) {
            inputs.put(name, text(value));
            return this;
        }

        public Builder note(String text) {
            this.note = text;
            return this;
        }

        public Explanation result(Object value) {
            return new Explanation(rule, rule.formula(), inputs, text(value), note);
        }
    }

    /** Collects the explanations of the figures of one result, keyed by the figure's field name. */
    public static final class Figures {
        private final Map<String, Explanation> byFigure = new LinkedHashMap<>();

        public Figures put(String figure, Explanation explanation) {
            byFigure.put(figure, explanation);
            return this;
        }

        public Map<String, Explanation> build() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(byFigure));
        }
    }
}
