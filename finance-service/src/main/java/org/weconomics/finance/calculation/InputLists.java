package org.weconomics.finance.calculation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Copies input lists for records. Unlike {@link List#copyOf} it keeps {@code null} elements, so that
 * validation can name the missing element by its path instead of failing on construction.
 */
public final class InputLists {

    private InputLists() {}

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
