package org.weconomics.support.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A string of a JSON body broke the {@link ControlCharacters} rule; Jackson adds the field's path on the way out. */
public class ControlCharacterException extends JsonMappingException {

    public ControlCharacterException(JsonParser parser, String violation) {
        super(parser, violation);
    }

    /** The violation without Jackson's location and path decorations. */
    public String violation() {
        return getOriginalMessage();
    }
}
