package org.weconomics.partnership.valuechain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a member sends to add an activity to the value chain, or to replace one's fields. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @Schema(example = "Groenten ophalen", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "Overschotten ophalen bij de veiling en de boeren") @Size(max = 2000) String description,
        @Schema(description = "Current partners responsible for the activity.", required = true)
                @NotNull
                @Size(max = 20)
                List<@NotNull UUID> responsiblePartnerIds,
        @Schema(
                        description = "What the responsible partners take on, in words.",
                        example = "[\"Planning van de ophaalrondes\"]")
                @Size(max = 50)
                List<@NotBlank @Size(max = 500) String> responsibilities,
        @Schema(description = "The activity's steps, in order.") @Size(max = 100)
                List<@NotNull @Valid SubActionRequest> subActions) {

    /**
     * One step of the activity.
     *
     * @param id leave out for a new step; give the id of an existing step of this activity to keep it (and
     *     the costs the finance service keeps under it)
     */
    @Schema(name = "SubActionRequest")
    public record SubActionRequest(
            @Schema(
                            description =
                                    "Leave out for a new sub-action; the id of one of this activity's sub-actions to keep it.")
                    UUID id,
            @Schema(example = "Rit naar de veiling", required = true) @NotBlank @Size(max = 200) String name,
            @Schema(description = "A current partner carrying this step; left out, the activity's partners carry it.")
                    UUID responsiblePartnerId) {}
}
