package org.weconomics.partnership.valuechain;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/**
 * A partnership's whole value chain, in order. Its version is the partnership's, which moves with every
 * activity added, removed or moved: send it in If-Match to reorder.
 */
@Schema(name = "ValueChain")
public record ValueChainView(
        UUID partnershipId,
        List<ActivityView> activities,
        @Schema(
                        description = "The value chain's version (also its ETag): it moves when an activity is removed "
                                + "or the chain is reordered; send it back in If-Match to reorder.",
                        example = "3")
                long version)
        implements Versioned {}
