package org.weconomics.partnership.tension;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.weconomics.events.partnership.PartnershipHealthEvents;
import org.weconomics.events.partnership.TensionReviewDue;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.support.events.outbox.EventOutbox;

/**
 * Publishes {@code tension-review-due} when the review date of a tension that is not resolved has come, once per
 * review date: a tension is claimed for its date with a conditional update, so that overlapping runs (or several
 * instances of the service) cannot publish it twice.
 */
@ApplicationScoped
public class TensionReviewCheck {

    private static final Logger LOG = Logger.getLogger(TensionReviewCheck.class);

    private final EventOutbox outbox;
    private final TensionConfig config;

    public TensionReviewCheck(EventOutbox outbox, TensionConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(
            identity = "tension-review-check",
            every = "${weconomics.tensions.review-check.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        publishDueReviews();
    }

    /** @return how many review-due events this run published */
    @Transactional
    public int publishDueReviews() {
        LocalDate today = config.today();
        List<Tension> due = Tension.list(
                "status <> ?1 and nextReviewDate <= ?2 "
                        + "and (reviewDuePublishedFor is null or reviewDuePublishedFor <> nextReviewDate)",
                TensionStatus.RESOLVED,
                today);
        int published = 0;
        for (Tension tension : due) {
            if (claim(tension)) {
                Partnership partnership = Partnership.findById(tension.partnershipId);
                outbox.record(
                        PartnershipHealthEvents.TENSION_REVIEW_DUE,
                        new TensionReviewDue(
                                tension.partnershipId,
                                partnership.localGroup,
                                tension.id,
                                tension.title,
                                tension.status.jsonName(),
                                tension.ownerPartnerId,
                                tension.nextReviewDate.toString()));
                published++;
            }
        }
        if (published > 0) {
            LOG.infof("Published %d tension-review-due events", published);
        }
        return published;
    }

    /** Marks the tension's review date as published; false when another run did so first. */
    private static boolean claim(Tension tension) {
        return Tension.update(
                        "reviewDuePublishedFor = ?1 where id = ?2 and nextReviewDate = ?1 "
                                + "and (reviewDuePublishedFor is null or reviewDuePublishedFor <> ?1)",
                        tension.nextReviewDate,
                        tension.id)
                == 1;
    }
}
