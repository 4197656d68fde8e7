package org.weconomics.canvas.workshop;

import java.util.List;
import org.weconomics.canvas.template.LocalizedText;

/**
 * The morning of the one-day CMC workshop as the method's training page lists it ("Inhoud theoriedeel", nine topics;
 * the English is ours). The minutes are the platform's own estimate — the source gives none — and a facilitator
 * changes them, and the topics, with {@code PUT /workshops/{workshopId}/agenda}.
 */
final class DefaultAgenda {

    private static final int MINUTES_PER_TOPIC = 20;

    private static final List<LocalizedText> TOPICS = List.of(
            new LocalizedText(
                    "De basisprincipes van CMC en digitale transformatie",
                    "The basic principles of the CMC and digital transformation"),
            new LocalizedText("De basisverbindingen van een community", "The basic connections of a community"),
            new LocalizedText(
                    "Wat zijn belangrijkste ontwikkelingen, problemen en kansen in relatie tot CMC",
                    "The main developments, problems and opportunities in relation to the CMC"),
            new LocalizedText(
                    "Wat is je community grens, wie zijn vragers en aanbieders en andere stakeholders?",
                    "What is your community's boundary; who are its demanders, suppliers and other stakeholders?"),
            new LocalizedText("Welke waardes ga je uitwisselen?", "Which values will you exchange?"),
            new LocalizedText(
                    "Wat zijn de verschillende onderdelen van je CMC en waarom?",
                    "What are the parts of your CMC, and why?"),
            new LocalizedText(
                    "Hoe breng je de verschillenden onderdelen in kaart?", "How do you map the different parts?"),
            new LocalizedText(
                    "Wat zijn de te verwachten weerstanden voor je community/consortium, waarom?",
                    "Which resistances can your community or consortium expect, and why?"),
            new LocalizedText(
                    "Praktijkdeel (invulling onderdelen m.b.v. vragenlijsten en dialoog)",
                    "Practice (filling in the parts with questionnaires and dialogue)"));

    private DefaultAgenda() {}

    static List<AgendaItem> items() {
        return TOPICS.stream()
                .map(topic -> new AgendaItem(topic, MINUTES_PER_TOPIC))
                .toList();
    }
}
