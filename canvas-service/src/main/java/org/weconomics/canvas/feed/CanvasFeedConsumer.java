package org.weconomics.canvas.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the service's own canvas events for the live feeds. Unlike the platform's other consumers this one keeps no
 * state and needs no inbox: it only passes on how far each canvas's change log is committed, so a repeated or missed
 * event does no harm (feeds read the log from where they are). Its consumer group is unique per instance
 * ({@code ${quarkus.uuid}}), so that every instance sees every change; it starts at the end of the topic and commits no
 * offsets ({@link FeedPartitions} closes the gap this leaves when it gets its partitions).
 */
@ApplicationScoped
public class CanvasFeedConsumer {

    public static final String CHANNEL = "canvas-feed";

    private static final Logger LOG = Logger.getLogger(CanvasFeedConsumer.class);

    private final CanvasFeed feed;
    private final ObjectMapper json;

    public CanvasFeedConsumer(CanvasFeed feed, ObjectMapper json) {
        this.feed = feed;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public void consume(String data, IncomingCloudEventMetadata<String> event) {
        String subject = event.getSubject().orElse(null);
        JsonNode sequence = sequenceIn(data);
        if (subject == null || sequence == null || !sequence.canConvertToLong()) {
            // Events published before canvas events carried their sequence.
            return;
        }
        try {
            feed.committed(UUID.fromString(subject), sequence.asLong());
        } catch (IllegalArgumentException e) {
            LOG.debugf("Canvas event %s has no canvas id as subject; skipped", event.getId());
        }
    }

    private JsonNode sequenceIn(String data) {
        try {
            return data == null ? null : json.readTree(data).get("sequence");
        } catch (java.io.IOException e) {
            LOG.debugf("A canvas event is not JSON; skipped: %s", e.getMessage());
            return null;
        }
    }
}
