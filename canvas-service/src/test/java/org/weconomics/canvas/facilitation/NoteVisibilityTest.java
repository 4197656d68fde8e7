package org.weconomics.canvas.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.weconomics.canvas.canvas.Viewer;

class NoteVisibilityTest {

    private static final String FACILITATOR = "fien";
    private static final String AUTHOR = "piet";

    @Test
    void aVisibleNoteIsSeenByEveryone() {
        assertThat(NoteVisibility.maySee(new Viewer("mira", false), FACILITATOR, AUTHOR, false))
                .isTrue();
    }

    @Test
    void aHiddenNoteIsSeenOnlyByItsAuthorTheFacilitatorAndAdmins() {
        assertThat(NoteVisibility.maySee(new Viewer(AUTHOR, false), FACILITATOR, AUTHOR, true))
                .isTrue();
        assertThat(NoteVisibility.maySee(new Viewer(FACILITATOR, false), FACILITATOR, AUTHOR, true))
                .isTrue();
        assertThat(NoteVisibility.maySee(new Viewer("admin", true), FACILITATOR, AUTHOR, true))
                .isTrue();
        assertThat(NoteVisibility.maySee(new Viewer("mira", false), FACILITATOR, AUTHOR, true))
                .isFalse();
    }
}
