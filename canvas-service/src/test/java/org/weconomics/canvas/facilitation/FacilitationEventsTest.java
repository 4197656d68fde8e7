package org.weconomics.canvas.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.testing.TopicReader;

/** Every facilitation change reaches the real broker through the outbox, in the order it happened. */
@QuarkusTest
class FacilitationEventsTest {

    @Test
    void everyFacilitationChangeIsPublishedInOrder() {
        Workshop workshop = new Workshop("Gebeurtenissen van de workshop");
        workshop.hiddenMode(true);
        String note = workshop.note(workshop.piet, "channels", "Verborgen kanaal");
        workshop.hiddenMode(true);
        workshop.reveal("channels").then().statusCode(200);
        workshop.lock(true);
        workshop.lock(false);
        workshop.focus("channels");
        String round = workshop.openRound(2, 1, List.of("channels"));
        workshop.vote(workshop.mira, round, note).then().statusCode(200);
        workshop.withdraw(workshop.mira, round, note).then().statusCode(200);
        workshop.vote(workshop.mira, round, note).then().statusCode(200);
        workshop.closeRound(round);

        List<TopicReader.ReceivedRecord> records = TopicReader.awaitRecords(
                Topics.CANVAS, record -> workshop.canvas.equals(record.key()), 12, Duration.ofSeconds(30));

        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        "org.weconomics.canvas.created",
                        "org.weconomics.canvas.hidden-mode-switched",
                        "org.weconomics.canvas.note-added",
                        "org.weconomics.canvas.notes-revealed",
                        "org.weconomics.canvas.board-locked",
                        "org.weconomics.canvas.board-unlocked",
                        "org.weconomics.canvas.focus-moved",
                        "org.weconomics.canvas.voting-round-opened",
                        "org.weconomics.canvas.vote-cast",
                        "org.weconomics.canvas.vote-withdrawn",
                        "org.weconomics.canvas.vote-cast",
                        "org.weconomics.canvas.voting-round-closed");
        assertThat(records.get(1).value()).contains("\"hiddenMode\":true", "\"switchedBy\":\"fien\"");
        assertThat(records.get(3).value())
                .contains("\"blockKey\":\"channels\"", "\"noteId\":\"" + note + "\"", "\"text\":\"Verborgen kanaal\"");
        assertThat(records.get(6).value()).contains("\"fromBlockKey\":null", "\"toBlockKey\":\"channels\"");
        assertThat(records.get(7).value())
                .contains("\"votesPerParticipant\":2", "\"maxVotesPerNote\":1", "\"blockKeys\":[\"channels\"]");
        assertThat(records.get(8).value()).contains("\"voter\":\"mira\"", "\"voterVotesLeft\":1");
        assertThat(records.get(9).value()).contains("\"voterVotesOnNote\":0", "\"voterVotesLeft\":2");
        assertThat(records.get(11).value()).contains("\"results\":[{\"noteId\":\"" + note + "\",\"votes\":1}]");
        assertThat(records)
                .allSatisfy(record -> assertThat(record.header("ce_subject")).isEqualTo(workshop.canvas));
    }
}
