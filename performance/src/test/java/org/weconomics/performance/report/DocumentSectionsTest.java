package org.weconomics.performance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSectionsTest {

    private static final String DOCUMENT =
            "# Performance\n\nBy hand.\n\n<!-- figures:begin -->\nold\n<!-- figures:end -->\n\nAfter.\n";

    @Test
    void theSectionIsReplacedAndTheRestKept() {
        String replaced = DocumentSections.replace(DOCUMENT, "figures", "new\nfigures");

        assertThat(replaced)
                .isEqualTo(
                        "# Performance\n\nBy hand.\n\n<!-- figures:begin -->\nnew\nfigures\n<!-- figures:end -->\n\nAfter.\n");
        assertThat(DocumentSections.read(replaced, "figures")).isEqualTo("new\nfigures");
    }

    @Test
    void aMissingSectionIsAddedAtTheEnd() {
        String replaced = DocumentSections.replace("# Performance\n", "other", "text");

        assertThat(replaced).isEqualTo("# Performance\n\n<!-- other:begin -->\ntext\n<!-- other:end -->\n");
    }
}
