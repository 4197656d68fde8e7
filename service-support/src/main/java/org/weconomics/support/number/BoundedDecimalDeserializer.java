package org.weconomics.support.number;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import org.weconomics.support.text.RefusedValueException;

/** Reads every JSON decimal as Jackson does, then refuses it when it breaks the {@link DecimalLimits}. */
public class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    public BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        if (value == null) {
            return null;
        }
        var violation = DecimalLimits.violationIn(value);
        if (violation.isPresent()) {
            throw new RefusedValueException(parser, violation.get());
        }
        return value;
    }
}
