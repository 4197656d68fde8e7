package org.weconomics.finance.distribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.weconomics.events.finance.DistributionChanged;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.finance.figures.FiguresCalculator;
import org.weconomics.finance.figures.ModelInputs;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.support.events.outbox.EventOutbox;

/**
 * Publishes the distribution of a model whenever its outcome changes: when the rule is chosen or changed, and
 * also when costs, prices, volumes or partners move the shares, so that whoever shows the shares (agreement
 * element 3) never shows stale amounts. Models without a chosen rule publish nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DistributionPublication {

    private static final String VERSION = "version";

    private final EventOutbox outbox;
    private final ObjectMapper json;

    public DistributionPublication(EventOutbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Runs after every stored change of the model's inputs, with the model's new version. */
    public void publishIfChanged(EarningsModel model) {
        DistributionSettings settings = DistributionSettings.findById(model.id);
        if (settings == null) {
            return;
        }
        DistributionChanged now = DistributionChangedEvent.of(
                model, settings.toRule(), FiguresCalculator.calculate(ModelInputs.of(model.id)));
        String outcome = outcomeOf(now);
        if (outcome.equals(settings.publishedOutcome)) {
            return;
        }
        settings.publishedOutcome = outcome;
        outbox.record(EarningsModelEvents.DISTRIBUTION_CHANGED, now);
    }

    /** The event without the model's version, which moves on with every change, shares changed or not. */
    private String outcomeOf(DistributionChanged event) {
        ObjectNode outcome = json.valueToTree(event);
        outcome.remove(VERSION);
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A distribution outcome cannot be written as JSON", e);
        }
    }
}
