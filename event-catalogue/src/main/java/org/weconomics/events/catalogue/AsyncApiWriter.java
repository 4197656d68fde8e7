package org.weconomics.events.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.weconomics.events.EventContracts;

/**
 * Writes the AsyncAPI document of every registered contract to the path given as the first argument; the build runs
 * it so that the document is in this module's jar at {@link #RESOURCE}, where the gateway serves it from.
 */
public final class AsyncApiWriter {

    /** Where the document is on the class path of whoever depends on this module. */
    public static final String RESOURCE = "/org/weconomics/events/catalogue/asyncapi.json";

    private AsyncApiWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: AsyncApiWriter <file to write>");
        }
        ObjectMapper json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, json.writeValueAsString(new AsyncApiDocument(json).of(EventContracts.all())) + "\n");
    }
}
