package org.weconomics.canvas.canvas;

import java.util.Objects;
import org.weconomics.support.access.Caller;

/**
 * Who looks at or acts on a canvas: a subject, and whether it is an admin. Built from the request's {@link Caller}
 * when they ask, so that the live feed can apply the same rules long after the request that opened it, outside any
 * request scope.
 *
 * @param subject the token subject
 * @param admin whether the subject has the admin role, which carries facilitator rights on every canvas
 */
public record Viewer(String subject, boolean admin) {

    public Viewer {
        Objects.requireNonNull(subject, "subject");
    }

    public static Viewer of(Caller caller) {
        return new Viewer(caller.subject(), caller.isAdmin());
    }

    /** Facilitator rights: the canvas's facilitator, and admins. */
    public boolean facilitates(String facilitator) {
        return admin || subject.equals(facilitator);
    }

    public boolean facilitates(Canvas canvas) {
        return facilitates(canvas.facilitator);
    }
}
