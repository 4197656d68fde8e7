package org.weconomics.finance.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.events.finance.EarningsModelUpdated;
import org.weconomics.finance.calculation.CalculationInputException.InvalidField;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.distribution.DistributionPublication;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.finance.model.EarningsModels;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.problem.Problem;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * The one way the inputs of an earnings model change. The change is calculated before it is stored:
 * mistakes it brings in are refused, while what was incomplete before (a model is filled in step by
 * step, and the partnership's events may leave gaps) does not block it.
 *
 * <ul>
 * <li>a new mistake under the part the request replaces is a 400 naming the request's field;</li>
 * <li>a new mistake elsewhere (an incentive for the supplier being removed, a cap below a fee) is a 409
 * naming the field of the model it breaks.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ModelChanges {

    private final EventOutbox outbox;
    private final DistributionPublication distribution;

    public ModelChanges(EventOutbox outbox, DistributionPublication distribution) {
        this.outbox = outbox;
        this.distribution = distribution;
    }

    /**
     * @param model       the model, access and If-Match already checked
     * @param requestPart the path in {@link EarningsModelInput} of what the request replaces, ending in a dot
     *                    (e.g. {@code pricing.}); the request's fields are named by the rest of the path
     * @param proposed    the model's input with the change applied
     * @param store       stores the change; runs only when it is accepted
     * @return the model as calculated after the change
     */
    public CalculatedModel apply(
            EarningsModel model, String requestPart, UnaryOperator<EarningsModelInput> proposed, Runnable store) {
        EarningsModelInput before = ModelInputs.of(model.id);
        CalculatedModel after = FiguresCalculator.calculate(proposed.apply(before));
        List<InvalidField> known = FiguresCalculator.calculate(before).issues();
        List<InvalidField> introduced =
                after.issues().stream().filter(issue -> !known.contains(issue)).toList();
        List<InvalidField> ofRequest = introduced.stream()
                .filter(issue -> issue.field().startsWith(requestPart))
                .toList();
        if (!ofRequest.isEmpty()) {
            throw problem(
                    ProblemType.VALIDATION_FAILED,
                    ofRequest.stream()
                            .map(issue -> new Problem.InvalidField(
                                    issue.field().substring(requestPart.length()), issue.message()))
                            .toList());
        }
        if (!introduced.isEmpty()) {
            throw problem(
                    ProblemType.FIGURES_WOULD_BECOME_INCONSISTENT,
                    introduced.stream()
                            .map(issue -> new Problem.InvalidField(issue.field(), issue.message()))
                            .toList());
        }
        store.run();
        recordChanged(model);
        return after;
    }

    /**
     * Records a change that the partnership made (a partner joined, an activity changed): it is taken
     * over as it is, because the partnership service owns it; what it leaves incomplete shows as issues.
     */
    public void recordChanged(EarningsModel model) {
        EarningsModels.touch(model);
        outbox.record(
                EarningsModelEvents.UPDATED,
                new EarningsModelUpdated(model.id, model.partnershipId, model.currency, model.version));
        distribution.publishIfChanged(model);
    }

    private static ProblemException problem(ProblemType type, List<Problem.InvalidField> fields) {
        String detail = fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ProblemException(type, detail, fields, null);
    }
}
