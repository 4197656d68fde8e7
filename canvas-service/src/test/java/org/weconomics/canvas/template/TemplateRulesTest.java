package org.weconomics.canvas.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.support.problem.Problem.InvalidField;

/** The layout and grouping rules of templates, on the shipped templates and on broken variants of one. */
class TemplateRulesTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void everyShippedTemplateFollowsTheRulesAndMatchesItsFileName() throws IOException {
        for (String file : ShippedTemplates.FILES) {
            TemplateDocument template = read(file);
            assertThat(TemplateRules.violations(template)).as(file).isEmpty();
            assertThat(template.key() + ".v" + template.version()).isEqualTo(file);
        }
    }

    @Test
    void theShippedTemplatesAreTheSixOfTheMethod() throws IOException {
        assertThat(read("business-model-canvas.v1").blocks()).hasSize(9);
        assertThat(read("blended-business-model-canvas.v1").groups())
                .extracting(TemplateDocument.Group::kind)
                .containsOnly(GroupKind.VALUE_DOMAIN);
        assertThat(read("ten-core-connections.v1").blocks()).hasSize(10);
        assertThat(read("seven-connecting-factors.v1").blocks()).hasSize(7);
        assertThat(read("community-model-canvas.v1").lenses()).hasSize(5);
        assertThat(read("partner-contribution-board.v1").blocks())
                .extracting(TemplateDocument.Block::key)
                .containsExactly("products-and-services", "gain-creators", "pain-relievers");
    }

    @Test
    void aBlockOverlappingAnotherIsNamed() throws IOException {
        TemplateDocument board = read("partner-contribution-board.v1");
        TemplateDocument broken = withBlock(
                board,
                1,
                block -> new TemplateDocument.Block(
                        block.key(),
                        block.group(),
                        new TemplateDocument.Position(0, 0, 1, 1),
                        block.title(),
                        block.questions()));

        assertThat(TemplateRules.violations(broken))
                .extracting(InvalidField::field)
                .contains("blocks[1].position");
        assertThat(TemplateRules.violations(broken))
                .extracting(InvalidField::message)
                .anyMatch(message -> message.contains("overlaps block products-and-services"));
    }

    @Test
    void aBlockReachingOutsideTheGridIsNamed() throws IOException {
        TemplateDocument board = read("partner-contribution-board.v1");
        TemplateDocument broken = withBlock(
                board,
                2,
                block -> new TemplateDocument.Block(
                        block.key(),
                        block.group(),
                        new TemplateDocument.Position(2, 0, 2, 1),
                        block.title(),
                        block.questions()));

        assertThat(TemplateRules.violations(broken))
                .extracting(InvalidField::field)
                .containsExactly("blocks[2].position");
    }

    @Test
    void emptyCellsUnknownGroupsAndRepeatedKeysAreNamed() throws IOException {
        TemplateDocument board = read("partner-contribution-board.v1");
        TemplateDocument broken = withBlock(
                board,
                2,
                block -> new TemplateDocument.Block(
                        "gain-creators",
                        "nowhere",
                        new TemplateDocument.Position(2, 0, 1, 1),
                        block.title(),
                        block.questions()));
        broken = new TemplateDocument(
                broken.key(),
                broken.version(),
                broken.title(),
                broken.description(),
                broken.attribution(),
                new TemplateDocument.Grid(3, 2),
                broken.groups(),
                broken.valueTags(),
                broken.lenses(),
                broken.blocks());

        assertThat(TemplateRules.violations(broken))
                .extracting(InvalidField::field)
                .containsExactlyInAnyOrder("blocks[2].key", "blocks[2].group", "blocks");
    }

    private static TemplateDocument withBlock(
            TemplateDocument template, int index, java.util.function.UnaryOperator<TemplateDocument.Block> change) {
        List<TemplateDocument.Block> blocks = new ArrayList<>(template.blocks());
        blocks.set(index, change.apply(blocks.get(index)));
        return new TemplateDocument(
                template.key(),
                template.version(),
                template.title(),
                template.description(),
                template.attribution(),
                template.grid(),
                template.groups(),
                template.valueTags(),
                template.lenses(),
                blocks);
    }

    private static TemplateDocument read(String file) throws IOException {
        try (InputStream in =
                TemplateRulesTest.class.getResourceAsStream("/" + ShippedTemplates.FOLDER + file + ".json")) {
            return JSON.readValue(in, TemplateDocument.class);
        }
    }
}
