package org.weconomics.support.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes the service's one JSON reader apply the {@link ControlCharacters} rule to every string of every
 * request body (and of anything else read as JSON), so that a NUL is a 400 naming the field instead of a 500
 * from the database.
 */
@Singleton
public class PlainTextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer()));
    }
}
