package org.weconomics.partnership.organisation;

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
import java.util.UUID;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/** Registers, changes and finds partner organisations. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OrganisationService {

    public OrganisationView create(@NotNull @Valid OrganisationRequest request) {
        OffsetDateTime now = Timestamps.now();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.createdAt = now;
        apply(organisation, request, now);
        organisation.persist();
        return OrganisationView.of(organisation);
    }

    public OrganisationView update(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid OrganisationRequest request) {
        Organisation organisation = find(id);
        IfMatch.check(expectedVersion, organisation.version, () -> OrganisationView.of(organisation));
        apply(organisation, request, Timestamps.now());
        organisation.persistAndFlush();
        return OrganisationView.of(organisation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationView get(@NotNull UUID id) {
        return OrganisationView.of(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<OrganisationView> list(String name, Sector sector, @NotNull @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (name != null && !name.isBlank()) {
            conditions.add("lower(name) like :name");
            parameters.put("name", "%" + name.strip().toLowerCase() + "%");
        }
        if (sector != null) {
            conditions.add("sector = :sector");
            parameters.put("sector", sector);
        }
        var query = conditions.isEmpty()
                ? Organisation.<Organisation>findAll(Sort.by("name"))
                : Organisation.<Organisation>find(String.join(" and ", conditions), Sort.by("name"), parameters);
        return PageView.of(query, page, OrganisationView::of);
    }

    /** The organisation a request names, or a bad field of that request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation require(UUID id, String field) {
        Organisation organisation = id == null ? null : Organisation.findById(id);
        if (organisation == null) {
            throw ProblemException.invalidField(field, "is not a registered organisation");
        }
        return organisation;
    }

    private static void apply(Organisation organisation, OrganisationRequest request, OffsetDateTime now) {
        String registrationNumber = request.registrationNumber().strip();
        if (Organisation.registrationNumberTaken(registrationNumber, organisation.id)) {
            throw new ProblemException(
                    ProblemType.DUPLICATE_REGISTRATION_NUMBER,
                    "An organisation with registration number " + registrationNumber + " is registered already");
        }
        organisation.name = request.name().strip();
        organisation.sector = request.sector();
        organisation.registrationNumber = registrationNumber;
        organisation.contactName = request.contactName();
        organisation.contactEmail = request.contactEmail();
        organisation.updatedAt = now;
    }

    private static Organisation find(UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw ProblemException.notFound("Organisation", id);
        }
        return organisation;
    }
}
