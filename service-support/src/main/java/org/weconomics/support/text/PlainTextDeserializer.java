package org.weconomics.support.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Reads every JSON string as Jackson does, then refuses it when it breaks the {@link ControlCharacters} rule. */
public class PlainTextDeserializer extends StdScalarDeserializer<String> {

    public PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        var violation = ControlCharacters.violationIn(value);
        if (violation.isPresent()) {
            throw new ControlCharacterException(parser, violation.get());
        }
        return value;
    }
}
