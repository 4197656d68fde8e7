package org.weconomics.canvas.history;

import java.util.Set;
import org.weconomics.support.access.Caller;

/**
 * Who reads the change log, captured when they ask, so that the live feed can apply the same visibility rule long
 * after the request that opened it (outside any request scope).
 */
public record Viewer(String subject, boolean admin, Set<String> localGroups) {

    public static Viewer of(Caller caller) {
        return new Viewer(caller.subject(), caller.isAdmin(), Set.copyOf(caller.localGroups()));
    }
}
