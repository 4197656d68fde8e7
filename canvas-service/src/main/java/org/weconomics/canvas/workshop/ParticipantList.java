package org.weconomics.canvas.workshop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.weconomics.canvas.InvalidFields;
import org.weconomics.support.people.KnownMembers;
import org.weconomics.support.problem.Problem.InvalidField;

/**
 * The rules of a workshop's participant list that Bean Validation cannot express: each participant is either a
 * member (by subject, who must be in the local group, as a named canvas facilitator must) or a guest (by name), and
 * nobody is on the list twice.
 */
final class ParticipantList {

    private ParticipantList() {}

    static List<Participant> checked(
            List<Participant> participants, String localGroup, KnownMembers members, String callerSubject) {
        List<InvalidField> invalid = new ArrayList<>();
        List<Participant> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            String field = "participants[" + i + "]";
            if ((participant.subject() == null) == (participant.name() == null)) {
                invalid.add(new InvalidField(field, "must name either a member (subject) or a guest (name)"));
                continue;
            }
            if (participant.subject() != null) {
                String subject = participant.subject().strip();
                if (!subject.equals(callerSubject) && !members.isMember(localGroup, subject)) {
                    invalid.add(new InvalidField(
                            field + ".subject", "is not the id of a member of local group " + localGroup));
                    continue;
                }
                if (!seen.add("member:" + subject)) {
                    invalid.add(new InvalidField(field + ".subject", "is on the list already"));
                    continue;
                }
                checked.add(new Participant(subject, null, participant.attendance()));
            } else {
                String name = participant.name().strip();
                if (!seen.add("guest:" + name.toLowerCase())) {
                    invalid.add(new InvalidField(field + ".name", "is on the list already"));
                    continue;
                }
                checked.add(new Participant(null, name, participant.attendance()));
            }
        }
        InvalidFields.refuse(invalid);
        return checked;
    }
}
