package org.weconomics.events.catalogue;

import java.util.Arrays;
import org.weconomics.events.Topics;

/** The platform's topics as AsyncAPI channels: one per aggregate, with who publishes it and what keeps its order. */
enum Channel {
    CANVAS(
            "canvas",
            Topics.CANVAS,
            "canvas-service",
            "A canvas, its sticky notes and its facilitation (hidden mode, board lock, focus, dot voting, the workshop "
                    + "timer). Keyed by canvas id; every event carries the canvas's gapless change `sequence`."),
    WORKSHOP(
            "workshop",
            Topics.WORKSHOP,
            "canvas-service",
            "A one-day workshop: its plan, participants and status. Keyed by workshop id."),
    PARTNERSHIP(
            "partnership",
            Topics.PARTNERSHIP,
            "partnership-service",
            "A blended partnership: its partners, value chain, roles, assessments, tension register and collaboration "
                    + "agreement. Keyed by partnership id."),
    COMMUNITY(
            "community",
            Topics.COMMUNITY,
            "partnership-service",
            "A business community and its revenue model. Keyed by community id."),
    LOCAL_GROUP(
            "local-group",
            Topics.LOCAL_GROUP,
            "partnership-service",
            "A local group and who is a member of it; services authorise on these memberships. Keyed by the local "
                    + "group's key."),
    EARNINGS_MODEL(
            "earnings-model",
            Topics.EARNINGS_MODEL,
            "finance-service",
            "An earnings model: its costs, the price chosen and the distribution of the margin. Keyed by earnings "
                    + "model id.");

    final String id;
    final String topic;
    final String publisher;
    final String description;

    Channel(String id, String topic, String publisher, String description) {
        this.id = id;
        this.topic = topic;
        this.publisher = publisher;
        this.description = description;
    }

    static Channel ofTopic(String topic) {
        return Arrays.stream(values())
                .filter(channel -> channel.topic.equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No channel describes topic " + topic));
    }
}
