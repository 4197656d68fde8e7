package org.weconomics.canvas.workshop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole of a workshop's details, as they are to be; local group and format stay as they were set up. */
@Schema(name = "UpdateWorkshopRequest")
public record UpdateWorkshopRequest(
        @Schema(description = "Title of the workshop.", example = "Community Model Canvas voor de zorgcoöperatie")
                @NotBlank
                @Size(max = 200)
                String title,
        @Schema(description = "The day it takes place.", example = "2027-03-18") @NotNull LocalDate date,
        @Schema(description = "When it starts, local time.", example = "09:00") @NotNull LocalTime startTime,
        @Schema(description = "When it ends, local time; after the start.", example = "17:00") @NotNull
                LocalTime endTime,
        @Schema(description = "Where it takes place.", example = "Wijkcentrum De Vonk, Gent") @Size(max = 500)
                String place,
        @Schema(description = "The link of an online workshop.", example = "https://meet.example.org/cmc-gent")
                @Size(max = 2000)
                @Pattern(regexp = "https?://\\S+", message = "must be an http or https link")
                String link,
        @Schema(description = "nl or en: the agenda and the steps are shown in it.", example = "nl") @NotNull
                WorkshopLanguage language,
        @Schema(
                        description = "own-case (the client's own use case, from a quickscan) or trainer-case (a case "
                                + "the trainer brings, in caseText).",
                        example = "trainer-case")
                @NotNull
                WorkshopVariant variant,
        @Schema(
                        description = "The case description; required for a trainer-case.",
                        example = "Vijf thuiszorgorganisaties willen hun planning delen.")
                @Size(max = 20000)
                String caseText,
        @Schema(
                        description =
                                "Token subjects of the facilitators, members of the local group; as they are, when left out.")
                @Size(max = 10)
                List<
                                @NotNull @Size(min = 1, max = 100)
                                @Pattern(regexp = "\\S.*", message = "must not be blank") String>
                        facilitators)
        implements WorkshopDetails {}
