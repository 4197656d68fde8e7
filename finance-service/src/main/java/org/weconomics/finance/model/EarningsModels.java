package org.weconomics.finance.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.time.Timestamps;

/**
 * Finds earnings models for the parts of the service that work on them: with the caller's access
 * checked for requests, by partnership for events (which have no caller).
 */
@ApplicationScoped
public class EarningsModels {

    /** Every input of a model is changed against the model's version, the ETag of each of its parts. */
    public static final String IF_MATCH = "The ETag of the earnings model (or any of its parts) you based this on";

    private final LocalGroupAccess access;

    public EarningsModels(LocalGroupAccess access) {
        this.access = access;
    }

    /** The model, if the caller may act in its partnership's local group; 404 otherwise. */
    public EarningsModel accessible(UUID id) {
        EarningsModel model = EarningsModel.findById(id);
        if (model == null) {
            throw ProblemException.notFound("Earnings model", id);
        }
        access.requireAccess(model.localGroup, "Earnings model", id);
        return model;
    }

    /**
     * The model of a partnership an event is about. Events of a partnership arrive in order after its
     * created event, so a missing model is a fault that the inbox retries and then dead-letters.
     */
    public EarningsModel ofPartnership(UUID partnershipId) {
        return EarningsModel.findByPartnership(partnershipId)
                .orElseThrow(() -> new IllegalStateException(
                        "No earnings model for partnership " + partnershipId + "; its created event was not applied"));
    }

    /** Marks a change of the model's inputs: the model's version moves on, so its ETag does too. */
    public static void touch(EarningsModel model) {
        model.updatedAt = Timestamps.now();
        model.flush();
    }
}
