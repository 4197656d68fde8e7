package org.weconomics.canvas.note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.canvas.template.ValueTag;
import org.weconomics.support.problem.Problem.InvalidField;

/** What a note on a canvas may be, by the canvas's template version: an existing block, the template's tags only. */
public final class NoteRules {

    private NoteRules() {}

    /**
     * @param path where the note sits in the request, e.g. {@code ""} or {@code "notes[3]."}
     * @return the wrong fields, named by their JSON path; empty when the note fits the template
     */
    public static List<InvalidField> violations(
            TemplateDocument template, String path, String blockKey, List<ValueTag> valueTags, List<String> lensTags) {
        List<InvalidField> problems = new ArrayList<>();
        if (blockKey != null && !template.hasBlock(blockKey)) {
            problems.add(new InvalidField(
                    path + "blockKey",
                    "is not a block of template " + template.key() + " version "
                            + template.version() + "; its blocks are "
                            + template.blocks().stream()
                                    .map(TemplateDocument.Block::key)
                                    .collect(Collectors.joining(", "))));
        }
        Set<ValueTag> seenValues = new HashSet<>();
        for (int i = 0; i < valueTags.size(); i++) {
            ValueTag tag = valueTags.get(i);
            if (!template.valueTags().contains(tag)) {
                problems.add(new InvalidField(
                        path + "valueTags[" + i + "]",
                        "is not a value tag template " + template.key() + " allows"
                                + allowed(template.valueTags().stream()
                                        .map(ValueTag::key)
                                        .toList())));
            } else if (!seenValues.add(tag)) {
                problems.add(new InvalidField(path + "valueTags[" + i + "]", "repeats " + tag.key()));
            }
        }
        Set<String> seenLenses = new HashSet<>();
        for (int i = 0; i < lensTags.size(); i++) {
            String lens = lensTags.get(i);
            if (!template.hasLens(lens)) {
                problems.add(new InvalidField(
                        path + "lensTags[" + i + "]",
                        "is not a lens of template " + template.key()
                                + allowed(template.lenses().stream()
                                        .map(TemplateDocument.Lens::key)
                                        .toList())));
            } else if (!seenLenses.add(lens)) {
                problems.add(new InvalidField(path + "lensTags[" + i + "]", "repeats " + lens));
            }
        }
        return problems;
    }

    /**
     * What is wrong with the guiding question a note names: it must be one of its block's questions, by index from 0.
     * Nothing is reported for an unknown block, which {@link #violations} names already.
     */
    public static List<InvalidField> questionViolations(
            TemplateDocument template, String path, String blockKey, Integer question) {
        if (question == null) {
            return List.of();
        }
        return template.blocks().stream()
                .filter(block -> block.key().equals(blockKey))
                .findFirst()
                .filter(block -> question < 0 || question >= block.questions().size())
                .map(block -> List.of(new InvalidField(
                        path + "question",
                        "is not a guiding question of block " + blockKey + "; its "
                                + block.questions().size() + " questions are numbered from 0 to "
                                + (block.questions().size() - 1))))
                .orElse(List.of());
    }

    private static String allowed(List<String> keys) {
        return keys.isEmpty() ? "; it allows none" : "; it allows " + String.join(", ", keys);
    }
}
