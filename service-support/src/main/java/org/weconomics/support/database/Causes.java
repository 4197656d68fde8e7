package org.weconomics.support.database;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through a failure's causes and suppressed exceptions: a commit that fails in the database is a
 * {@code RollbackException} that carries the driver's exception only as a suppressed one.
 */
final class Causes {

    private Causes() {}

    static boolean anyMatches(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toLook = new ArrayDeque<>();
        toLook.push(failure);
        while (!toLook.isEmpty()) {
            Throwable cause = toLook.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                toLook.push(cause.getCause());
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                toLook.push(suppressed);
            }
        }
        return false;
    }
}
