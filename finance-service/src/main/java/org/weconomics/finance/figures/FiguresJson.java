package org.weconomics.finance.figures;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.cost.CostStructure;

/**
 * Keeps the calculation's bookkeeping out of responses: explanations are served one figure at a time
 * (GET …/explanations/{figure}), and the exact cost base is an input of other calculations, not a figure
 * to show.
 */
@Singleton
public class FiguresJson implements ObjectMapperCustomizer {

    @JsonIgnoreProperties("explanations")
    private interface WithoutExplanations {}

    @JsonIgnoreProperties({"explanations", "costBase"})
    private interface WithoutCostBase {}

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Explained.class, WithoutExplanations.class);
        mapper.addMixIn(CostStructure.class, WithoutCostBase.class);
    }
}
