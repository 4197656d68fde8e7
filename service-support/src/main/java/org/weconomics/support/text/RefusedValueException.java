package org.weconomics.support.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a JSON body that reads well but that the platform refuses (a control character in a string, a number
 * beyond what an amount can be); Jackson adds the field's path on the way out, the problem mapper names it.
 */
public class RefusedValueException extends JsonMappingException {

    public RefusedValueException(JsonParser parser, String violation) {
        super(parser, violation);
    }

    /** The violation without Jackson's location and path decorations. */
    public String violation() {
        return getOriginalMessage();
    }
}
