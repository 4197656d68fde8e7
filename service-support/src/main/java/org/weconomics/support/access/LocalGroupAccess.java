package org.weconomics.support.access;

import jakarta.enterprise.context.RequestScoped;
import org.weconomics.support.problem.ProblemException;

/**
 * The one answer to "may this caller act in local group X", used by every service for object-level
 * authorisation. Admins act everywhere; members only inside their own local groups. An object outside
 * them is reported as not found, so that its existence is not revealed.
 */
@RequestScoped
public class LocalGroupAccess {

    private final Caller caller;

    public LocalGroupAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean mayActIn(String localGroup) {
        return localGroup != null && (caller.isAdmin() || caller.localGroups().contains(localGroup));
    }

    /**
     * Passes when the caller may act in the object's local group.
     *
     * @param what the kind of object, for the 404 message
     * @param id the object's id, for the 404 message
     * @throws ProblemException 404 otherwise
     */
    public void requireAccess(String localGroup, String what, Object id) {
        if (!mayActIn(localGroup)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Passes when the caller may create objects in the local group; a foreign group is a bad field. */
    public void requireMembership(String localGroup, String field) {
        if (!mayActIn(localGroup)) {
            throw ProblemException.invalidField(field, "is not a local group you belong to");
        }
    }
}
