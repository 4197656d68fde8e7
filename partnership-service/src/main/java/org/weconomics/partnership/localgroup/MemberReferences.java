package org.weconomics.partnership.localgroup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.weconomics.support.access.Caller;
import org.weconomics.support.problem.ProblemException;

/**
 * Checks that the people a request names for a role (a partnership's coaches, a partner's representatives) are
 * members of the local group: a role given to an id nobody has would leave the partnership acted for by no one.
 */
@ApplicationScoped
public class MemberReferences {

    private final Caller caller;

    public MemberReferences(Caller caller) {
        this.caller = caller;
    }

    /**
     * Passes when every subject is a member of the local group; the caller always is (their token says so and let
     * them in), even before an admin registered them here.
     *
     * @param field the request's list field, such as {@code subjects}; the error names the element
     * @throws ProblemException 400 naming the first subject that is not a member
     */
    public void requireMembers(String localGroup, List<String> subjects, String field) {
        for (int i = 0; i < subjects.size(); i++) {
            String subject = subjects.get(i);
            if (!subject.equals(caller.subject()) && LocalGroupMember.find(localGroup, subject) == null) {
                throw ProblemException.invalidField(
                        field + "[" + i + "]",
                        "is not the id of a member of local group " + localGroup + " (see GET /people)");
            }
        }
    }
}
