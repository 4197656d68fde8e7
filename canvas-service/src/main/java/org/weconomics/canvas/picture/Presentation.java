package org.weconomics.canvas.picture;

import java.util.List;
import java.util.Objects;
import org.weconomics.canvas.template.Language;

/**
 * Everything the presentation at the end of a workshop shows, its words already in the workshop's language: a title
 * page, each canvas at full size, then sections of text (the votes, the decisions, the open questions, the
 * participants, the next steps). The picture package draws it and knows nothing of workshops.
 *
 * @param title       the workshop's title, large on the title page and at the top of every text page
 * @param titleLines  what the title page says below it: date and times, place, local group
 * @param language    language of the document's own words
 * @param boards      the canvases, one page each, in the order of the afternoon
 * @param sections    the text pages that follow, each starting on a page of its own
 */
public record Presentation(
        String title, List<String> titleLines, Language language, List<BoardPicture> boards, List<Section> sections) {

    public Presentation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        titleLines = List.copyOf(titleLines);
        boards = List.copyOf(boards);
        sections = List.copyOf(sections);
    }

    /** A heading and what follows it, flowing on to further pages when it is long. */
    public record Section(String heading, List<Entry> entries) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            entries = List.copyOf(entries);
        }
    }

    /** One paragraph of a section. */
    public record Entry(Level level, String text) {
        public Entry {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
        }

        public static Entry subheading(String text) {
            return new Entry(Level.SUBHEADING, text);
        }

        public static Entry item(String text) {
            return new Entry(Level.ITEM, text);
        }

        public static Entry detail(String text) {
            return new Entry(Level.DETAIL, text);
        }

        /** Says that there is nothing, or why; set in grey, apart from the content. */
        public static Entry remark(String text) {
            return new Entry(Level.REMARK, text);
        }
    }

    /** How a paragraph is set: a subheading, an item of a list, a detail below an item, or a remark. */
    public enum Level {
        SUBHEADING,
        ITEM,
        DETAIL,
        REMARK
    }
}
