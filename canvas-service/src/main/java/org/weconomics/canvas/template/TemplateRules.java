package org.weconomics.canvas.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.weconomics.support.problem.Problem.InvalidField;

/**
 * The rules of a template across its fields (canvas-templates/README.md): keys unique, every block in one
 * of the groups, every group used, blocks inside the grid, not overlapping and covering it entirely.
 * Field-level rules (required, kebab-case, ranges) are Bean Validation on {@link TemplateDocument}.
 */
public final class TemplateRules {

    private TemplateRules() {}

    /** What is wrong with a template that passed field validation, each named by its JSON path; empty when valid. */
    public static List<InvalidField> violations(TemplateDocument template) {
        List<InvalidField> problems = new ArrayList<>();
        requireUnique(template.groups(), TemplateDocument.Group::key, "groups", problems);
        requireUnique(template.lenses(), TemplateDocument.Lens::key, "lenses", problems);
        requireUnique(template.blocks(), TemplateDocument.Block::key, "blocks", problems);
        requireUnique(template.valueTags(), ValueTag::key, "valueTags", problems);
        checkGroups(template, problems);
        checkLayout(template, problems);
        return problems;
    }

    private static <T> void requireUnique(
            List<T> items, Function<T, String> key, String path, List<InvalidField> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                boolean isKeyed = !(items.get(i) instanceof ValueTag);
                problems.add(new InvalidField(
                        path + "[" + i + "]" + (isKeyed ? ".key" : ""),
                        "repeats " + key.apply(items.get(i)) + "; each may appear only once"));
            }
        }
    }

    private static void checkGroups(TemplateDocument template, List<InvalidField> problems) {
        Set<String> groupKeys = new HashSet<>();
        template.groups().forEach(group -> groupKeys.add(group.key()));
        Set<String> used = new HashSet<>();
        for (int i = 0; i < template.blocks().size(); i++) {
            String group = template.blocks().get(i).group();
            if (groupKeys.contains(group)) {
                used.add(group);
            } else {
                problems.add(
                        new InvalidField("blocks[" + i + "].group", "is not the key of one of the template's groups"));
            }
        }
        for (int i = 0; i < template.groups().size(); i++) {
            if (!used.contains(template.groups().get(i).key())) {
                problems.add(new InvalidField("groups[" + i + "]", "has no block; every group needs at least one"));
            }
        }
    }

    private static void checkLayout(TemplateDocument template, List<InvalidField> problems) {
        int columns = template.grid().columns();
        int rows = template.grid().rows();
        Map<Integer, Integer> ownerOfCell = new HashMap<>();
        boolean everyBlockFits = true;
        for (int i = 0; i < template.blocks().size(); i++) {
            TemplateDocument.Position at = template.blocks().get(i).position();
            String path = "blocks[" + i + "].position";
            if (at.column() + at.columnSpan() > columns || at.row() + at.rowSpan() > rows) {
                problems.add(new InvalidField(path, "reaches outside the " + columns + " × " + rows + " grid"));
                everyBlockFits = false;
                continue;
            }
            String overlap = claimCells(template, i, columns, ownerOfCell);
            if (overlap != null) {
                problems.add(new InvalidField(path, overlap));
            }
        }
        int empty = columns * rows - ownerOfCell.size();
        if (everyBlockFits && empty > 0) {
            problems.add(new InvalidField(
                    "blocks", "leave " + empty + " cell(s) of the grid empty; the blocks must cover it"));
        }
    }

    /** Marks the cells of block {@code index} as taken; describes the first cell another block already took. */
    private static String claimCells(
            TemplateDocument template, int index, int columns, Map<Integer, Integer> ownerOfCell) {
        TemplateDocument.Position at = template.blocks().get(index).position();
        for (int row = at.row(); row < at.row() + at.rowSpan(); row++) {
            for (int column = at.column(); column < at.column() + at.columnSpan(); column++) {
                Integer other = ownerOfCell.putIfAbsent(row * columns + column, index);
                if (other != null) {
                    return "overlaps block " + template.blocks().get(other).key() + " at column " + column + ", row "
                            + row;
                }
            }
        }
        return null;
    }
}
