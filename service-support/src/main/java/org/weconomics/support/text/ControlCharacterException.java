package org.weconomics.support.text;

import com.fasterxml.jackson.core.JsonParser;

/** A string of a JSON body broke the {@link ControlCharacters} rule. */
public class ControlCharacterException extends RefusedValueException {

    public ControlCharacterException(JsonParser parser, String violation) {
        super(parser, violation);
    }
}
