package org.weconomics.canvas.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.weconomics.canvas.note.NoteContent;

/**
 * What happened to the notes between two states of a canvas (pure logic, no container).
 *
 * <ul>
 *   <li>added: in the later state only; removed: in the earlier state only;
 *   <li>changed: in both, saying something else (text, colour, value tags, lenses);
 *   <li>moved: in both, in another block, or in the same block but out of order with the notes that stayed there.
 *       Places that only shifted because notes were added or removed around them are not moves; when notes of a block
 *       were reordered, the fewest notes that explain the new order count as moved (the others keep their order).
 * </ul>
 *
 * A note can be both changed and moved. Each list is in the order of the state it describes: added and moved by
 * their place in the later state, changed and removed by their place in the earlier one (the template's block order,
 * then position).
 */
public record NoteDifferences(
        List<NoteDifference> added,
        List<NoteDifference> moved,
        List<NoteDifference> changed,
        List<NoteDifference> removed) {

    /**
     * @param blockOrder the keys of the template's blocks in their order, for the order of the lists
     */
    public static NoteDifferences between(List<NoteContent> earlier, List<NoteContent> later, List<String> blockOrder) {
        Comparator<NoteContent> byPlace = Comparator.<NoteContent>comparingInt(note -> rank(blockOrder, note))
                .thenComparing(NoteContent::blockKey)
                .thenComparingInt(NoteContent::position);
        Map<UUID, NoteContent> before = byId(earlier);
        Map<UUID, NoteContent> after = byId(later);
        List<NoteContent> earlierInPlace = earlier.stream().sorted(byPlace).toList();
        List<NoteContent> laterInPlace = later.stream().sorted(byPlace).toList();

        List<NoteDifference> added = laterInPlace.stream()
                .filter(note -> !before.containsKey(note.id()))
                .map(note -> new NoteDifference(note.id(), null, note))
                .toList();
        List<NoteDifference> removed = earlierInPlace.stream()
                .filter(note -> !after.containsKey(note.id()))
                .map(note -> new NoteDifference(note.id(), note, null))
                .toList();
        List<NoteDifference> changed = earlierInPlace.stream()
                .filter(note -> after.containsKey(note.id()))
                .filter(note -> !note.saysTheSameAs(after.get(note.id())))
                .map(note -> new NoteDifference(note.id(), note, after.get(note.id())))
                .toList();
        Set<UUID> movedIds = moved(earlierInPlace, after);
        List<NoteDifference> moved = laterInPlace.stream()
                .filter(note -> movedIds.contains(note.id()))
                .map(note -> new NoteDifference(note.id(), before.get(note.id()), note))
                .toList();
        return new NoteDifferences(added, moved, changed, removed);
    }

    private static Set<UUID> moved(List<NoteContent> earlierInPlace, Map<UUID, NoteContent> after) {
        Set<UUID> moved = new HashSet<>();
        Map<String, List<NoteContent>> stayedInBlock = new HashMap<>();
        for (NoteContent note : earlierInPlace) {
            NoteContent later = after.get(note.id());
            if (later == null) {
                continue;
            }
            if (!later.blockKey().equals(note.blockKey())) {
                moved.add(note.id());
            } else {
                stayedInBlock
                        .computeIfAbsent(note.blockKey(), block -> new ArrayList<>())
                        .add(note);
            }
        }
        // Within a block, the notes that keep their relative order are the longest run of increasing later positions.
        stayedInBlock.values().forEach(notes -> {
            int[] laterPositions = notes.stream()
                    .mapToInt(note -> after.get(note.id()).position())
                    .toArray();
            boolean[] kept = longestIncreasing(laterPositions);
            for (int i = 0; i < notes.size(); i++) {
                if (!kept[i]) {
                    moved.add(notes.get(i).id());
                }
            }
        });
        return moved;
    }

    /** Marks one longest strictly increasing subsequence of {@code values} (patience sorting, O(n log n)). */
    static boolean[] longestIncreasing(int[] values) {
        int n = values.length;
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tailIndex[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tailIndex[low - 1] : -1;
            tailIndex[low] = i;
            if (low == length) {
                length++;
            }
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }

    private static int rank(List<String> blockOrder, NoteContent note) {
        int index = blockOrder.indexOf(note.blockKey());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static Map<UUID, NoteContent> byId(List<NoteContent> notes) {
        return notes.stream().collect(Collectors.toMap(NoteContent::id, Function.identity()));
    }
}
