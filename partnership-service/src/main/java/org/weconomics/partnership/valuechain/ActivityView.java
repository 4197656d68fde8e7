package org.weconomics.partnership.valuechain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.events.partnership.ValueChainActivity;
import org.weconomics.support.concurrency.Versioned;

/** An activity of the value chain as clients read it; its version is the ETag. */
@Schema(name = "Activity")
public record ActivityView(
        UUID id,
        UUID partnershipId,
        @Schema(description = "Place in the value chain, from 0 (as every position of the platform).", example = "0")
                int position,
        @Schema(example = "Groenten ophalen") String name,
        String description,
        List<UUID> responsiblePartnerIds,
        List<String> responsibilities,
        List<SubActionView> subActions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change of the activity; send it back in If-Match.", example = "0")
                long version)
        implements Versioned {

    @Schema(name = "SubAction")
    public record SubActionView(
            UUID id, @Schema(example = "Rit naar de veiling") String name, UUID responsiblePartnerId) {}

    static ActivityView of(Activity activity) {
        return new ActivityView(
                activity.id,
                activity.partnershipId,
                activity.position,
                activity.name,
                activity.description,
                List.copyOf(activity.responsiblePartnerIds),
                List.copyOf(activity.responsibilities),
                activity.subActions.stream()
                        .map(step -> new SubActionView(step.id(), step.name(), step.responsiblePartnerId()))
                        .toList(),
                activity.createdAt,
                activity.updatedAt,
                activity.version);
    }

    static ValueChainActivity event(Activity activity, String localGroup) {
        return new ValueChainActivity(
                activity.partnershipId,
                localGroup,
                activity.id,
                activity.name,
                activity.position,
                List.copyOf(activity.responsiblePartnerIds),
                List.copyOf(activity.responsibilities),
                activity.subActions.stream()
                        .map(step ->
                                new ValueChainActivity.SubAction(step.id(), step.name(), step.responsiblePartnerId()))
                        .toList());
    }
}
