package org.weconomics.canvas.feed;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * When the feed's consumer gets its partitions, it fixes its position in each (the end of the topic, as the group
 * commits nothing) before the feeds catch up from the database: changes committed before that position come from the
 * change log, changes after it from Kafka, and none falls in between.
 */
@ApplicationScoped
@Identifier(FeedPartitions.NAME)
public class FeedPartitions implements KafkaConsumerRebalanceListener {

    public static final String NAME = "canvas-feed-partitions";

    private final CanvasFeed feed;

    public FeedPartitions(CanvasFeed feed) {
        this.feed = feed;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(consumer::position);
        feed.receivingChanges();
    }
}
