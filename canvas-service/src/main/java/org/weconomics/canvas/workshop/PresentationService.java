package org.weconomics.canvas.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.facilitation.ProgressService;
import org.weconomics.canvas.facilitation.ProgressView;
import org.weconomics.canvas.facilitation.VotingResultsView;
import org.weconomics.canvas.facilitation.VotingService;
import org.weconomics.canvas.picture.Presentation;
import org.weconomics.canvas.picture.Presentation.Entry;
import org.weconomics.canvas.picture.Presentation.Section;
import org.weconomics.canvas.picture.PresentationPdf;
import org.weconomics.canvas.picture.rest.CanvasPictureService;
import org.weconomics.canvas.template.Language;
import org.weconomics.support.http.Download;
import org.weconomics.support.people.KnownMembers;

/**
 * The presentation at the end of the day, in the workshop's language: a title page, each canvas at full size (the
 * canvas PDF's page), the votes of every closed round, the decisions, the open questions per block, the participants
 * and the next steps. Shows what the caller may see, as the canvas pictures do (a hidden note only to its author and
 * the facilitator).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PresentationService {

    private final WorkshopService workshops;
    private final CanvasPictureService pictures;
    private final VotingService voting;
    private final ProgressService progress;
    private final KnownMembers members;
    private final PresentationPdf pdf;

    public PresentationService(
            WorkshopService workshops,
            CanvasPictureService pictures,
            VotingService voting,
            ProgressService progress,
            KnownMembers members,
            PresentationPdf pdf) {
        this.workshops = workshops;
        this.pictures = pictures;
        this.voting = voting;
        this.progress = progress;
        this.members = members;
        this.pdf = pdf;
    }

    /** The PDF, named after the workshop (404 for a workshop outside the caller's local groups). */
    public Download<byte[]> pdf(@NotNull UUID workshopId) {
        Workshop workshop = workshops.requireAccessible(workshopId);
        return new Download<>(workshop.title, pdf.render(presentationOf(workshop)));
    }

    /** The language the presentation is in: the workshop's, for its Content-Language. */
    public String languageOf(@NotNull UUID workshopId) {
        return workshops.requireAccessible(workshopId).language.language().tag();
    }

    Presentation presentationOf(Workshop workshop) {
        Words words = new Words(workshop.language);
        Language language = workshop.language.language();
        List<Canvas> canvases = WorkshopService.canvasesOf(workshop);
        return new Presentation(
                workshop.title,
                titleLines(workshop, words),
                language,
                canvases.stream()
                        .map(canvas -> pictures.board(canvas.id, language, workshop.date))
                        .toList(),
                List.of(
                        votes(canvases, words),
                        decisions(words),
                        openQuestions(canvases, language, words),
                        participants(workshop, words),
                        nextSteps(workshop, words)));
    }

    private static List<String> titleLines(Workshop workshop, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.date(workshop) + ", " + workshop.startTime + "–" + workshop.endTime);
        if (workshop.place != null) {
            lines.add(workshop.place);
        }
        if (workshop.link != null) {
            lines.add(workshop.link);
        }
        lines.add(words.of("Lokale groep ", "Local group ") + workshop.localGroup);
        return lines;
    }

    private Section votes(List<Canvas> canvases, Words words) {
        List<Entry> entries = new ArrayList<>();
        for (Canvas canvas : canvases) {
            for (VotingResultsView round : voting.closedRoundResults(canvas.id)) {
                entries.add(Entry.subheading(canvas.title + " — " + words.of("ronde ", "round ") + round.number()
                        + " · " + words.votes(round.totalVotes())));
                List<VotingResultsView.NoteResult> voted =
                        round.notes().stream().filter(note -> note.votes() > 0).toList();
                if (voted.isEmpty()) {
                    entries.add(Entry.remark(words.of("Niemand stemde.", "Nobody voted.")));
                }
                for (VotingResultsView.NoteResult note : voted) {
                    entries.add(Entry.item(note.rank() + ". " + note.text() + " — " + words.votes(note.votes())));
                }
            }
        }
        if (entries.isEmpty()) {
            entries.add(Entry.remark(words.of(
                    "Er werd op de canvassen van deze workshop geen stemronde afgesloten.",
                    "No voting round was closed on this workshop's canvases.")));
        }
        return new Section(words.of("Stemmen per ronde", "Votes per round"), entries);
    }

    /**
     * Notes cannot be marked as decisions: a note has a text, a colour, value tags, lenses and the guiding question it
     * answers, and none of them means "decided". The section says so rather than guess from a colour.
     */
    private static Section decisions(Words words) {
        return new Section(
                words.of("Besluiten", "Decisions"),
                List.of(Entry.remark(words.of(
                        "Het platform kan een notitie (nog) niet als besluit markeren: een notitie heeft een tekst, een "
                                + "kleur, waardetags, lenzen en de leidende vraag die ze beantwoordt, maar geen soort "
                                + "'besluit'. Wat de groep besliste, staat op de canvassen en in de stemmingen hierboven.",
                        "The platform cannot mark a note as a decision (yet): a note has a text, a colour, value "
                                + "tags, lenses and the guiding question it answers, but no kind 'decision'. What the "
                                + "group decided is on the canvases and in the votes above."))));
    }

    /** The guiding questions of each block that no note names as the one it answers. */
    private Section openQuestions(List<Canvas> canvases, Language language, Words words) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.remark(words.of(
                "De leidende vragen van elke bouwsteen die nog geen notitie beantwoordt (een notitie beantwoordt een "
                        + "vraag door ze te noemen).",
                "The guiding questions of each block that no note answers yet (a note answers a question by "
                        + "naming it).")));
        for (Canvas canvas : canvases) {
            entries.add(Entry.subheading(canvas.title));
            int open = 0;
            for (ProgressView.BlockProgress block :
                    progress.progress(canvas.id, language).blocks()) {
                List<ProgressView.QuestionProgress> unanswered = block.questions().stream()
                        .filter(question -> !question.answered())
                        .toList();
                if (unanswered.isEmpty()) {
                    continue;
                }
                open += unanswered.size();
                entries.add(Entry.item(block.title() + " (" + unanswered.size() + ")"));
                unanswered.forEach(question -> entries.add(Entry.detail("? " + question.text())));
            }
            if (open == 0) {
                entries.add(Entry.remark(
                        words.of("Elke leidende vraag heeft een antwoord.", "Every guiding question has an answer.")));
            }
        }
        if (canvases.isEmpty()) {
            entries.add(
                    Entry.remark(words.of("Deze workshop heeft geen canvassen.", "This workshop has no canvases.")));
        }
        return new Section(words.of("Open vragen per bouwsteen", "Open questions per block"), entries);
    }

    private Section participants(Workshop workshop, Words words) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.subheading(words.of("Facilitatoren", "Facilitators")));
        workshop.facilitators.forEach(subject -> entries.add(Entry.item(nameOf(subject))));
        long present = workshop.participants.stream()
                .filter(participant -> participant.attendance() == Attendance.PRESENT)
                .count();
        entries.add(Entry.subheading(words.of("Deelnemers", "Participants") + " ("
                + workshop.participants.size() + words.of(" op de lijst, ", " on the list, ") + present
                + words.of(" aanwezig)", " present)")));
        if (workshop.participants.isEmpty()) {
            entries.add(Entry.remark(words.of("Er staan geen deelnemers op de lijst.", "Nobody is on the list.")));
        }
        for (Participant participant : workshop.participants) {
            boolean facilitates =
                    participant.subject() != null && workshop.facilitators.contains(participant.subject());
            String name = participant.subject() == null
                    ? participant.name() + words.of(" (gast)", " (guest)")
                    : nameOf(participant.subject());
            entries.add(Entry.item(name + " — " + words.attendance(participant.attendance())
                    + (facilitates ? words.of(" · facilitator", " · facilitator") : "")));
        }
        return new Section(words.of("Deelnemers", "Participants"), entries);
    }

    private Section nextSteps(Workshop workshop, Words words) {
        List<Entry> entries = new ArrayList<>();
        if (workshop.nextSteps.isEmpty()) {
            entries.add(Entry.remark(
                    words.of("Er zijn nog geen volgende stappen vastgelegd.", "No next steps were recorded yet.")));
        }
        int number = 1;
        for (NextStep step : workshop.nextSteps) {
            entries.add(Entry.item(number++ + ". " + step.kind().label(workshop.language) + ": " + step.text()));
            List<String> details = new ArrayList<>();
            if (step.owner() != null) {
                details.add(words.of("Wie: ", "Who: ") + nameOf(step.owner()));
            }
            if (step.dueDate() != null) {
                details.add(words.of("Tegen ", "By ") + words.date(step.dueDate()));
            }
            if (!details.isEmpty()) {
                entries.add(Entry.detail(String.join(" · ", details)));
            }
        }
        return new Section(words.of("Volgende stappen", "Next steps"), entries);
    }

    private String nameOf(String subject) {
        String name = members.displayName(subject);
        return name == null ? subject : name;
    }

    /** The document's own words in the workshop's language. */
    private record Words(WorkshopLanguage language) {

        String of(String dutch, String english) {
            return language == WorkshopLanguage.NL ? dutch : english;
        }

        String votes(int count) {
            return count + " " + (count == 1 ? of("stem", "vote") : of("stemmen", "votes"));
        }

        String date(Workshop workshop) {
            return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale()).format(workshop.date);
        }

        String date(java.time.LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
        }

        String attendance(Attendance attendance) {
            return switch (attendance) {
                case INVITED -> of("uitgenodigd", "invited");
                case PRESENT -> of("aanwezig", "present");
                case ABSENT -> of("afwezig", "absent");
            };
        }

        private Locale locale() {
            return language == WorkshopLanguage.NL ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        }
    }
}
