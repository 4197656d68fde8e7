package org.weconomics.partnership.tension;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.weconomics.events.partnership.PartnershipHealthEvents;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.support.access.Caller;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/** Keeps a partnership's register of hybrid tensions, with the history of every change. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class TensionService {

    private static final String TENSION = "Tension";

    private final PartnershipService partnerships;
    private final Caller caller;
    private final EventOutbox outbox;
    private final TensionHistory history;
    private final TensionCatalogue catalogue;
    private final TensionConfig config;

    public TensionService(
            PartnershipService partnerships,
            Caller caller,
            EventOutbox outbox,
            TensionHistory history,
            TensionCatalogue catalogue,
            TensionConfig config) {
        this.partnerships = partnerships;
        this.caller = caller;
        this.outbox = outbox;
        this.history = history;
        this.catalogue = catalogue;
        this.config = config;
    }

    /** @param language of the texts a {@code catalogueKey} fills in */
    public TensionView record(
            @NotNull UUID partnershipId, @NotNull @Valid TensionRequest request, @NotNull Language language) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        OffsetDateTime now = Timestamps.now();
        Tension tension = new Tension();
        tension.id = UUID.randomUUID();
        tension.partnershipId = partnershipId;
        tension.status = TensionStatus.OPEN;
        tension.createdBy = caller.subject();
        tension.createdAt = now;
        apply(tension, request, language, now);
        tension.persistAndFlush();
        TensionView view = view(tension);
        history.record(tension, "recorded", null, view);
        outbox.record(PartnershipHealthEvents.TENSION_RECORDED, TensionView.event(tension, partnership.localGroup));
        return view;
    }

    public TensionView update(
            @NotNull UUID partnershipId,
            @NotNull UUID tensionId,
            long expectedVersion,
            @NotNull @Valid TensionRequest request,
            @NotNull Language language) {
        return change(
                partnershipId,
                tensionId,
                expectedVersion,
                "changed",
                tension -> apply(tension, request, language, Timestamps.now()));
    }

    public TensionView changeStatus(
            @NotNull UUID partnershipId,
            @NotNull UUID tensionId,
            long expectedVersion,
            @NotNull @Valid TensionStatusRequest request) {
        return change(partnershipId, tensionId, expectedVersion, "status-changed", tension -> {
            if (!tension.status.mayBecome(request.status())) {
                throw new ProblemException(
                        ProblemType.STATUS_CHANGE_NOT_ALLOWED,
                        "A tension that is " + tension.status.jsonName() + " cannot become "
                                + request.status().jsonName() + "; it may become: " + describe(tension.status));
            }
            tension.status = request.status();
        });
    }

    public TensionView addSolution(
            @NotNull UUID partnershipId,
            @NotNull UUID tensionId,
            long expectedVersion,
            @NotNull @Valid SolutionRequest request) {
        return change(partnershipId, tensionId, expectedVersion, "solution-added", tension -> {
            if (request.agreedOn().isAfter(config.today())) {
                throw ProblemException.invalidField("agreedOn", "must not be in the future");
            }
            CurrentPartners.requireAll(partnershipId, request.agreedBy(), "agreedBy");
            List<Solution> solutions = new ArrayList<>(tension.solutions);
            solutions.add(new Solution(
                    request.description().strip(),
                    request.agreedOn(),
                    request.agreedBy().stream().distinct().toList(),
                    caller.subject()));
            tension.solutions = solutions;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TensionView get(@NotNull UUID partnershipId, @NotNull UUID tensionId) {
        return view(requireTension(partnershipId, tensionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<TensionChangeView> history(
            @NotNull UUID partnershipId, @NotNull UUID tensionId, @NotNull PageRequest page) {
        return history.of(requireTension(partnershipId, tensionId).id, page);
    }

    /** The register, filtered; oldest first, so that the numbering partners talk about stays put. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<TensionView> list(
            @NotNull UUID partnershipId, @NotNull TensionFilter filter, @NotNull @Valid PageRequest page) {
        partnerships.requireAccessible(partnershipId);
        List<String> conditions = new ArrayList<>(List.of("partnershipId = :partnership"));
        Map<String, Object> parameters = new HashMap<>(Map.of("partnership", partnershipId));
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.category() != null) {
            conditions.add("category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.valueDomain() != null) {
            conditions.add("valueDomain = :valueDomain");
            parameters.put("valueDomain", filter.valueDomain());
        }
        if (filter.bmcBlock() != null) {
            conditions.add("bmcBlock = :bmcBlock");
            parameters.put("bmcBlock", filter.bmcBlock());
        }
        if (filter.overdue()) {
            conditions.add("status <> :resolved and nextReviewDate < :today");
            parameters.put("resolved", TensionStatus.RESOLVED);
            parameters.put("today", config.today());
        }
        var query = Tension.<Tension>find(
                String.join(" and ", conditions), Sort.by("createdAt").and("id"), parameters);
        return PageView.of(query, page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TensionSummary summary(@NotNull UUID partnershipId) {
        partnerships.requireAccessible(partnershipId);
        return TensionSummary.of(Tension.registerOf(partnershipId), config.today());
    }

    /** The register of a partnership the caller was already allowed to read, for the assessments and the agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tension> registerOf(@NotNull Partnership partnership) {
        return Tension.registerOf(partnership.id);
    }

    private TensionView change(
            UUID partnershipId,
            UUID tensionId,
            long expectedVersion,
            String action,
            java.util.function.Consumer<Tension> change) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Tension tension = requireTension(partnershipId, tensionId);
        IfMatch.check(expectedVersion, tension.version, () -> view(tension));
        TensionView before = view(tension);
        change.accept(tension);
        tension.updatedAt = Timestamps.now();
        tension.persistAndFlush();
        TensionView after = view(tension);
        history.record(tension, action, before, after);
        outbox.record(PartnershipHealthEvents.TENSION_CHANGED, TensionView.event(tension, partnership.localGroup));
        return after;
    }

    /**
     * What the request leaves out of title, description, value domain, block and category, a {@code catalogueKey}
     * fills in from the typical tension, so that a client records a suggestion by its key alone.
     */
    private void apply(Tension tension, TensionRequest request, Language language, OffsetDateTime now) {
        // No check that the block lies in the value domain: the sources themselves file tensions under a block
        // of another domain (Pro Natura & IlvA: "different business models", customer relationships, under
        // value creation), so the register takes the block as the partners name it.
        Optional<TypicalTension> typical = request.catalogueKey() == null
                ? Optional.empty()
                : Optional.of(catalogue
                        .typical(request.catalogueKey(), language)
                        .orElseThrow(() ->
                                ProblemException.invalidField("catalogueKey", "is not a tension of the catalogue")));
        String title = request.title() != null && !request.title().isBlank()
                ? request.title()
                : typical.map(TypicalTension::title).orElse(null);
        ValueDomain valueDomain = request.valueDomain() != null
                ? request.valueDomain()
                : typical.map(TypicalTension::valueDomain).orElse(null);
        if (title == null) {
            throw ProblemException.invalidField(
                    "title", "must not be blank unless catalogueKey names a typical tension");
        }
        if (valueDomain == null) {
            throw ProblemException.invalidField(
                    "valueDomain", "must not be null unless catalogueKey names a typical tension");
        }
        CurrentPartners.require(tension.partnershipId, request.ownerPartnerId(), "ownerPartnerId");
        tension.title = title.strip();
        tension.description = request.description() != null
                ? request.description()
                : typical.map(TypicalTension::description).orElse(null);
        tension.valueDomain = valueDomain;
        tension.bmcBlock = request.bmcBlock() != null
                ? request.bmcBlock()
                : typical.map(TypicalTension::bmcBlock).orElse(null);
        tension.category = request.category() != null
                ? request.category()
                : typical.map(TypicalTension::category).orElse(null);
        tension.severity = request.severity();
        tension.ownerPartnerId = request.ownerPartnerId();
        tension.agreementElement = request.agreementElement();
        tension.nextReviewDate = request.nextReviewDate();
        tension.catalogueKey = request.catalogueKey();
        tension.updatedAt = now;
    }

    private Tension requireTension(UUID partnershipId, UUID tensionId) {
        partnerships.requireAccessible(partnershipId);
        Tension tension = Tension.findById(tensionId);
        if (tension == null || !tension.partnershipId.equals(partnershipId)) {
            throw ProblemException.notFound(TENSION, tensionId);
        }
        return tension;
    }

    private TensionView view(Tension tension) {
        return TensionView.of(tension, config.today());
    }

    private static String describe(TensionStatus status) {
        return status.next().isEmpty()
                ? "nothing, it is final"
                : String.join(
                        ", ",
                        status.next().stream()
                                .sorted()
                                .map(TensionStatus::jsonName)
                                .toList());
    }
}
