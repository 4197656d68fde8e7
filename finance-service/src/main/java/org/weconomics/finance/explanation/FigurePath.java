package org.weconomics.finance.explanation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * Finds the explanation of one figure by its path through the calculated model, e.g.
 * {@code costStructure/parties/<partyId>/costSharePercent} or
 * {@code projection/scenarios/middle/years/2/cumulativeResult}. A segment names a field of the result it
 * is in; in a list it names an element by its id (party, activity, sub-action), method, scenario, year
 * or item, or else by its index from 0; a method or scenario as the API spells it, or as paths before version
 * 0.3.0 of the API spelled it ({@code MIDDLE}). The last segment names the explained figure.
 */
final class FigurePath {

    /** The fields that identify an element of a list, in the order they are tried. */
    private static final List<String> IDENTIFYING =
            List.of("partyId", "activityId", "subActionId", "method", "scenario", "year", "item");

    private FigurePath() {}

    /**
     * @return the explanation, or an empty result with the reason when the path leads nowhere
     */
    static Result explain(Object root, List<String> segments) {
        Object current = root;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (last
                    && current instanceof Explained explained
                    && explained.explanations().containsKey(segment)) {
                return Result.found(explained.explain(segment));
            }
            Optional<Object> next = current instanceof List<?> list ? element(list, segment) : field(current, segment);
            if (next.isEmpty() || next.get() == null) {
                return Result.missing(describe(current, segment, String.join("/", segments.subList(0, i))));
            }
            current = next.get();
        }
        return Result.missing("the path names a group of figures, not one figure; explained figures here are "
                + (current instanceof Explained explained
                        ? explained.explanations().keySet()
                        : "none"));
    }

    private static Optional<Object> field(Object value, String name) {
        if (value == null || !value.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return Optional.ofNullable(component.getAccessor().invoke(value));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + name, e);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Object> element(List<?> list, String key) {
        for (String identifying : IDENTIFYING) {
            for (Object element : list) {
                Optional<Object> id = field(element, identifying);
                if (id.isPresent() && names(id.get(), key)) {
                    return Optional.of(element);
                }
            }
        }
        try {
            int index = Integer.parseInt(key);
            return index >= 0 && index < list.size() ? Optional.ofNullable(list.get(index)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean names(Object id, String key) {
        if (id instanceof Enum<?> constant
                && constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equalsIgnoreCase(key)) {
            return true;
        }
        return String.valueOf(id).equalsIgnoreCase(key);
    }

    private static String describe(Object current, String segment, String at) {
        String where = at.isEmpty() ? "the model" : at;
        if (current instanceof List<?>) {
            return "'" + segment + "' names no element of " + where;
        }
        String fields = current != null && current.getClass().isRecord()
                ? List.of(current.getClass().getRecordComponents()).stream()
                        .map(RecordComponent::getName)
                        .filter(name -> !name.equals("explanations"))
                        .toList()
                        .toString()
                : "[]";
        String figures =
                current instanceof Explained explained ? ", explained figures " + explainedKeys(explained) : "";
        return "'" + segment + "' is not part of " + where + "; it has the parts " + fields + figures;
    }

    private static String explainedKeys(Explained explained) {
        return explained.explanations().keySet().toString();
    }

    /** The explanation found, or why there is none. */
    record Result(Explanation explanation, String reason) {

        static Result found(Explanation explanation) {
            return new Result(explanation, null);
        }

        static Result missing(String reason) {
            return new Result(null, reason);
        }
    }
}
