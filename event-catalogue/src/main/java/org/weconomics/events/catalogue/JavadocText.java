package org.weconomics.events.catalogue;

import com.github.therapi.runtimejavadoc.ClassJavadoc;
import com.github.therapi.runtimejavadoc.Comment;
import com.github.therapi.runtimejavadoc.CommentElement;
import com.github.therapi.runtimejavadoc.CommentText;
import com.github.therapi.runtimejavadoc.InlineLink;
import com.github.therapi.runtimejavadoc.InlineTag;
import com.github.therapi.runtimejavadoc.Link;
import com.github.therapi.runtimejavadoc.ParamJavadoc;
import com.github.therapi.runtimejavadoc.RuntimeJavadoc;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Javadoc of the event records, as event-contracts' compiler kept it: a record's text describes its message, a
 * record component's {@code @param} its field. A link becomes its label (or the simple name of what it names), code
 * becomes Markdown code, and {@code <p>} starts a new paragraph.
 */
final class JavadocText {

    private static final Pattern PARAGRAPH = Pattern.compile("\\s*<p>\\s*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");

    private JavadocText() {}

    /** The text of a class, or empty when it has none. */
    static Optional<String> of(Class<?> type) {
        return text(RuntimeJavadoc.getJavadoc(type).getComment());
    }

    /** The {@code @param} text of one component of a record, or empty when it has none. */
    static Optional<String> ofComponent(Class<?> record, String component) {
        ClassJavadoc javadoc = RuntimeJavadoc.getJavadoc(record);
        return javadoc.getRecordComponents().stream()
                .filter(param -> param.getName().equals(component))
                .map(ParamJavadoc::getComment)
                .findFirst()
                .flatMap(JavadocText::text);
    }

    private static Optional<String> text(Comment comment) {
        String formatted = render(Comment.nullToEmpty(comment));
        if (formatted.isBlank()) {
            return Optional.empty();
        }
        String[] paragraphs = PARAGRAPH.split(formatted.strip());
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(SPACES.matcher(paragraph.strip()).replaceAll(" "));
        }
        return Optional.of(text.toString());
    }

    private static String render(Comment comment) {
        StringBuilder text = new StringBuilder();
        for (CommentElement element : comment.getElements()) {
            if (element instanceof CommentText plain) {
                text.append(plain.getValue());
            } else if (element instanceof InlineLink link) {
                text.append(labelOf(link.getLink()));
            } else if (element instanceof InlineTag tag) {
                text.append(tag.getName().equals("code") ? "`" + tag.getValue() + "`" : tag.getValue());
            }
        }
        return text.toString();
    }

    private static String labelOf(Link link) {
        if (link.getLabel() != null && !link.getLabel().isBlank()) {
            return link.getLabel();
        }
        String type = link.getReferencedClassName() == null ? "" : link.getReferencedClassName();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return link.getReferencedMemberName() == null ? simple : simple + "." + link.getReferencedMemberName();
    }
}
