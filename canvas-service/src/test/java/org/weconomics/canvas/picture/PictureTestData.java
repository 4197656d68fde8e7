package org.weconomics.canvas.picture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.ValueTag;

/** Boards for the picture tests and samples, built from the shipped templates and the ESF demo data. */
final class PictureTestData {

    static final String BMC = "business-model-canvas.v1.json";
    static final String BLENDED_BMC = "blended-business-model-canvas.v1.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEMO_DATA = Path.of("..", "demo-data", "esf-cases");

    /** How 100 notes spread over the BMC: crowded value proposition, nearly empty relationships. */
    private static final Map<String, Integer> HUNDRED_NOTES_PER_BLOCK = Map.of(
            "value-proposition", 40,
            "customer-segments", 14,
            "key-partners", 10,
            "key-activities", 8,
            "cost-structure", 7,
            "key-resources", 6,
            "revenue-streams", 6,
            "channels", 5,
            "customer-relationships", 4);

    private static final List<String> WORDS = List.of(
            "buurtbewoners",
            "vrijwilligers",
            "zorg",
            "dichtbij",
            "coördinatie",
            "financiële",
            "ondersteuning",
            "ideeën",
            "gemeente",
            "wijkteam",
            "mantelzorgers",
            "samen",
            "café",
            "eigen",
            "regie",
            "subsidie",
            "bijdrage",
            "per",
            "maand",
            "loket",
            "website",
            "app",
            "jongeren",
            "ouderen",
            "werkgevers",
            "opleiding",
            "naïeve",
            "aanpak",
            "vertrouwen",
            "met",
            "en",
            "voor",
            "de",
            "het",
            "een",
            "sociale",
            "economische",
            "ecologische",
            "waarde",
            "partners",
            "ruimte",
            "huur");

    private PictureTestData() {}

    /**
     * The BMC with 100 notes of 2 to 13 words, unevenly spread over its 9 blocks: 40 notes of 2 to 4 words in the value
     * proposition, the others of up to 13.
     */
    static BoardPicture hundredNoteBusinessModelCanvas(String attribution) {
        JsonNode template = template(BMC);
        List<PictureBlock> blocks = blocks(template, "en");
        List<PictureNote> notes = new ArrayList<>();
        int noteNumber = 0;
        for (PictureBlock block : blocks) {
            int noteCount = HUNDRED_NOTES_PER_BLOCK.get(block.key());
            // In a block crowded with 40 notes, people write short ones; elsewhere up to a dozen words.
            int mostWords = noteCount > 20 ? 3 : 12;
            for (int position = 0; position < noteCount; position++) {
                notes.add(PictureNote.of(
                        block.key(),
                        position,
                        sentence(noteNumber, mostWords),
                        NoteColour.values()[noteNumber % NoteColour.values().length]));
                noteNumber++;
            }
        }
        return new BoardPicture(
                "Business Model Canvas",
                "Zorg dichtbij: een wijkcoöperatie voor ouderen",
                "Lokale groep Utrecht · 14 maart 2025",
                Language.EN,
                gridColumns(template),
                gridRows(template),
                attribution,
                blocks,
                notes);
    }

    static String bmcAttribution(String language) {
        return template(BMC).path("attribution").path(language).asText();
    }

    /**
     * The blended BMC of the ESF case "De Wroeter & 37graden" in Dutch, its notes from the case file, with value tags,
     * votes and comments as a workshop might have added them.
     */
    static BoardPicture deWroeterBlendedCanvas() {
        JsonNode template = template(BLENDED_BMC);
        JsonNode caseFile = read(DEMO_DATA.resolve("de-wroeter-37graden.json"));
        List<PictureBlock> blocks = blocks(template, "nl");
        List<PictureNote> notes = new ArrayList<>();
        int noteNumber = 0;
        for (PictureBlock block : blocks) {
            int position = 0;
            for (JsonNode text : caseFile.path("blendedCanvasNotes").path(block.key())) {
                notes.add(workshopNote(block.key(), position++, text.path("nl").asText(), noteNumber++));
            }
        }
        return new BoardPicture(
                "Blended Business Model Canvas",
                caseFile.path("name").asText() + ": "
                        + caseFile.path("title").path("nl").asText(),
                "Lokale groep Limburg · workshop 14 maart 2025",
                Language.NL,
                gridColumns(template),
                gridRows(template),
                template.path("attribution").path("nl").asText(),
                blocks,
                notes);
    }

    /**
     * A 4 × 3 board whose small "channels" block (one cell, top left) holds more notes ("Kanaal nummer 0", …) than
     * even the smallest stickies can show; the rest of the board is one empty block.
     */
    static BoardPicture crowdedChannels(int noteCount) {
        List<PictureNote> notes = new ArrayList<>();
        for (int position = 0; position < noteCount; position++) {
            notes.add(PictureNote.of("channels", position, "Kanaal nummer " + position, NoteColour.BLUE));
        }
        return new BoardPicture(
                "Druk bord",
                null,
                null,
                Language.EN,
                4,
                3,
                null,
                List.of(
                        new PictureBlock("channels", "Channels", null, 0, 0, 1, 1),
                        new PictureBlock("rest", "Everything else", null, 1, 0, 3, 3)),
                notes);
    }

    /** The blocks of a template in one language, with their group titles. */
    static List<PictureBlock> blocks(JsonNode template, String language) {
        Map<String, String> groupTitles = new HashMap<>();
        template.path("groups")
                .forEach(group -> groupTitles.put(
                        group.path("key").asText(),
                        group.path("title").path(language).asText()));
        List<PictureBlock> blocks = new ArrayList<>();
        for (JsonNode block : template.path("blocks")) {
            JsonNode position = block.path("position");
            blocks.add(new PictureBlock(
                    block.path("key").asText(),
                    block.path("title").path(language).asText(),
                    groupTitles.get(block.path("group").asText()),
                    position.path("column").asInt(),
                    position.path("row").asInt(),
                    position.path("columnSpan").asInt(),
                    position.path("rowSpan").asInt()));
        }
        return blocks;
    }

    static JsonNode template(String fileName) {
        try (InputStream in = PictureTestData.class.getResourceAsStream("/canvas-templates/" + fileName)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int gridColumns(JsonNode template) {
        return template.path("grid").path("columns").asInt();
    }

    static int gridRows(JsonNode template) {
        return template.path("grid").path("rows").asInt();
    }

    /** The note's number and 1 to {@code mostWords} words; lengths vary from note to note. */
    static String sentence(int noteNumber, int mostWords) {
        int wordCount = 1 + (noteNumber * 7) % mostWords;
        StringBuilder sentence = new StringBuilder("N" + noteNumber);
        for (int i = 0; i < wordCount; i++) {
            sentence.append(' ').append(WORDS.get((noteNumber * 5 + i * 3) % WORDS.size()));
        }
        return sentence.toString();
    }

    private static PictureNote workshopNote(String blockKey, int position, String text, int noteNumber) {
        NoteColour colour = text.contains("Wroeter")
                ? NoteColour.GREEN
                : text.contains("37graden")
                        ? NoteColour.ORANGE
                        : List.of(NoteColour.YELLOW, NoteColour.YELLOW, NoteColour.BLUE, NoteColour.PINK)
                                .get(noteNumber % 4);
        Set<ValueTag> tags =
                switch (noteNumber % 5) {
                    case 0 -> Set.of(ValueTag.SOCIAL);
                    case 1 -> Set.of(ValueTag.ECONOMIC);
                    case 2 -> Set.of(ValueTag.ECONOMIC, ValueTag.SOCIAL);
                    case 3 -> Set.of(ValueTag.SOCIAL, ValueTag.ECOLOGICAL);
                    default -> Set.of();
                };
        int votes = (noteNumber * 3) % 7;
        List<PictureComment> comments = noteNumber % 3 == 0
                ? List.of(
                        new PictureComment("Els (De Wroeter)", "Eens, dit moeten we in de overeenkomst vastleggen."),
                        new PictureComment("Koen (37graden)", "Nagaan wat dit kost per teambuilding."))
                : List.of();
        return new PictureNote(blockKey, position, text, colour, tags, votes, comments);
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
