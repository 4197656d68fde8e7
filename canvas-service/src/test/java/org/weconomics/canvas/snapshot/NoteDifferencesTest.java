package org.weconomics.canvas.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.note.NoteContent;
import org.weconomics.canvas.template.ValueTag;

class NoteDifferencesTest {

    private static final List<String> BLOCKS = List.of("value-proposition", "channels", "key-partners");
    private static final OffsetDateTime WRITTEN = OffsetDateTime.of(2026, 3, 14, 10, 0, 0, 0, ZoneOffset.UTC);

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();

    @Test
    void twoEqualStatesDifferInNothing() {
        List<NoteContent> state = List.of(note(a, "channels", 0, "A"), note(b, "channels", 1, "B"));

        NoteDifferences differences = NoteDifferences.between(state, List.copyOf(state), BLOCKS);

        assertThat(differences.added()).isEmpty();
        assertThat(differences.moved()).isEmpty();
        assertThat(differences.changed()).isEmpty();
        assertThat(differences.removed()).isEmpty();
    }

    @Test
    void addedRemovedAndChangedNotesAreListedWithTheirStateBeforeAndAfter() {
        NoteContent kept = note(a, "channels", 0, "A");
        NoteContent gone = note(b, "channels", 1, "B");
        NoteContent new1 = note(c, "value-proposition", 0, "C");
        NoteContent recoloured = new NoteContent(
                a,
                "channels",
                0,
                "A",
                NoteColour.BLUE,
                List.of(ValueTag.SOCIAL),
                List.of(),
                null,
                "kim",
                false,
                WRITTEN);

        NoteDifferences differences = NoteDifferences.between(List.of(kept, gone), List.of(recoloured, new1), BLOCKS);

        assertThat(differences.added()).containsExactly(new NoteDifference(c, null, new1));
        assertThat(differences.removed()).containsExactly(new NoteDifference(b, gone, null));
        assertThat(differences.changed()).containsExactly(new NoteDifference(a, kept, recoloured));
        assertThat(differences.moved()).isEmpty();
    }

    @Test
    void placesThatOnlyShiftedBecauseOfAdditionsAndRemovalsAreNotMoves() {
        List<NoteContent> earlier =
                List.of(note(a, "channels", 0, "A"), note(b, "channels", 1, "B"), note(c, "channels", 2, "C"));
        List<NoteContent> later =
                List.of(note(d, "channels", 0, "D"), note(a, "channels", 1, "A"), note(c, "channels", 2, "C"));

        NoteDifferences differences = NoteDifferences.between(earlier, later, BLOCKS);

        assertThat(differences.moved()).isEmpty();
        assertThat(differences.added()).extracting(NoteDifference::noteId).containsExactly(d);
        assertThat(differences.removed()).extracting(NoteDifference::noteId).containsExactly(b);
    }

    @Test
    void aNoteInAnotherBlockMovedAndInAReorderedBlockTheFewestNotesMoved() {
        List<NoteContent> earlier = List.of(
                note(a, "channels", 0, "A"),
                note(b, "channels", 1, "B"),
                note(c, "channels", 2, "C"),
                note(d, "channels", 3, "D"));
        // C went to the top; D went to another block.
        List<NoteContent> later = List.of(
                note(c, "channels", 0, "C"),
                note(a, "channels", 1, "A"),
                note(b, "channels", 2, "B"),
                note(d, "key-partners", 0, "D"));

        NoteDifferences differences = NoteDifferences.between(earlier, later, BLOCKS);

        assertThat(differences.moved()).extracting(NoteDifference::noteId).containsExactly(c, d);
        assertThat(differences.moved().get(1).before().blockKey()).isEqualTo("channels");
        assertThat(differences.moved().get(1).after().blockKey()).isEqualTo("key-partners");
        assertThat(differences.changed()).isEmpty();
    }

    @Test
    void listsFollowTheTemplatesBlockOrderThenThePosition() {
        List<NoteContent> later = List.of(
                note(a, "key-partners", 0, "A"),
                note(b, "value-proposition", 1, "B"),
                note(c, "value-proposition", 0, "C"));

        NoteDifferences differences = NoteDifferences.between(List.of(), later, BLOCKS);

        assertThat(differences.added()).extracting(NoteDifference::noteId).containsExactly(c, b, a);
    }

    @Test
    void theLongestRunInOrderIsKeptWhateverTheShuffle() {
        int[] laterPositions = {4, 0, 1, 5, 2, 3};

        boolean[] kept = NoteDifferences.longestIncreasing(laterPositions);

        List<Integer> keptPositions = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i]) {
                keptPositions.add(laterPositions[i]);
            }
        }
        assertThat(keptPositions).containsExactly(0, 1, 2, 3);
        assertThat(NoteDifferences.longestIncreasing(new int[0])).isEmpty();
    }

    private static NoteContent note(UUID id, String block, int position, String text) {
        return new NoteContent(
                id, block, position, text, NoteColour.YELLOW, List.of(), List.of(), null, "kim", false, WRITTEN);
    }
}
