package org.weconomics.canvas.facilitation;

import java.util.Objects;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.support.access.Caller;

/**
 * Who looks at or acts on a canvas, as far as facilitation cares: a subject, and whether it is an admin. Built from
 * the request's {@link Caller}, or by the live feed from the subscriber it serves.
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
