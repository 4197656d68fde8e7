package org.weconomics.partnership.agreement;

import java.util.List;
import java.util.stream.Collectors;
import org.weconomics.partnership.agreement.AgreementView.Element;
import org.weconomics.partnership.agreement.AgreementView.Table;
import org.weconomics.partnership.catalogue.Language;

/** Writes the agreement as Markdown, with the same structure as the Word draft. */
final class AgreementMarkdown {

    static final String MEDIA_TYPE = "text/markdown";

    private AgreementMarkdown() {}

    static String render(AgreementView agreement) {
        AgreementLabels labels =
                new AgreementLabels(Language.valueOf(agreement.language().toUpperCase()));
        StringBuilder md = new StringBuilder();
        md.append("# ")
                .append(labels.title())
                .append(" \u2013 ")
                .append(escape(agreement.partnershipName()))
                .append("\n\n");
        md.append('*').append(labels.draft()).append("*\n\n");
        md.append(labels.date())
                .append(": ")
                .append(agreement.date())
                .append("  \n")
                .append(labels.version())
                .append(": 0.")
                .append(agreement.draftVersion())
                .append("\n");
        for (Element element : agreement.elements()) {
            md.append("\n## ")
                    .append(element.number())
                    .append(". ")
                    .append(element.title())
                    .append("\n\n");
            md.append("**")
                    .append(labels.status())
                    .append(":** ")
                    .append(element.statusLabel())
                    .append("\n\n");
            md.append('*').append(element.description()).append("*\n\n");
            element.facts().forEach(fact -> md.append(escape(fact)).append("\n\n"));
            element.tables().forEach(table -> table(md, table));
            md.append("**")
                    .append(labels.agreed())
                    .append("**\n\n")
                    .append(element.text() == null ? labels.nothingWritten() : element.text())
                    .append("\n\n");
            if (!element.openPoints().isEmpty()) {
                md.append("**").append(labels.openPoints()).append("**\n\n");
                element.openPoints()
                        .forEach(point -> md.append("- ").append(escape(point)).append('\n'));
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Table table) {
        md.append("**").append(table.caption()).append("**\n\n");
        md.append(row(table.headers()));
        md.append(row(table.headers().stream().map(header -> "---").toList()));
        table.rows().forEach(row -> md.append(row(row)));
        md.append('\n');
    }

    private static String row(List<String> cells) {
        return cells.stream().map(AgreementMarkdown::cell).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String cell(String text) {
        return escape(text).replace("|", "\\|").replaceAll("\\R", " ");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("*", "\\*").replace("_", "\\_");
    }
}
