package org.weconomics.finance.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.weconomics.finance.calculation.ValueUnit;
import org.weconomics.finance.calculation.distribution.DistributionKey;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.distribution.Incentive;
import org.weconomics.finance.calculation.distribution.IncentiveKind;
import org.weconomics.finance.calculation.distribution.PartyPercentage;
import org.weconomics.finance.calculation.distribution.ShareBound;

/** The margin distribution rule of a model; without one the margin is divided by cost contribution. */
@Entity
@Table(name = "distribution_rule")
public class DistributionSettings extends PanacheEntityBase {

    @Id
    @Column(name = "earnings_model_id")
    public UUID earningsModelId;

    @Enumerated(EnumType.STRING)
    @Column(name = "distribution_key", nullable = false)
    public DistributionKey key;

    @ElementCollection
    @CollectionTable(name = "distribution_percentage", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<Percentage> fixedPercentages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "distribution_incentive", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<IncentiveRow> incentives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "distribution_bound", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<Bound> bounds = new ArrayList<>();

    /** The JSON of the last distribution-changed event without the model's version; null before the first. */
    @Column(name = "published_outcome")
    public String publishedOutcome;

    @Embeddable
    public static class Percentage {
        @Column(name = "party_id")
        public String partyId;

        public BigDecimal percentage;
    }

    @Embeddable
    public static class IncentiveRow {
        @Column(name = "party_id")
        public String partyId;

        @Enumerated(EnumType.STRING)
        public IncentiveKind kind;

        public BigDecimal value;

        @Enumerated(EnumType.STRING)
        public ValueUnit unit;
    }

    @Embeddable
    public static class Bound {
        @Column(name = "party_id")
        public String partyId;

        @Column(name = "floor_amount")
        public BigDecimal floor;

        @Column(name = "cap_amount")
        public BigDecimal cap;
    }

    /** The stored rule of a model, or null when none was set. */
    public static DistributionRule ruleOf(UUID earningsModelId) {
        DistributionSettings settings = findById(earningsModelId);
        return settings == null ? null : settings.toRule();
    }

    /** Stores the rule of a model: replaces what was there, or removes it when {@code rule} is null. */
    public static void store(UUID earningsModelId, DistributionRule rule) {
        DistributionSettings settings = findById(earningsModelId);
        if (rule == null) {
            if (settings != null) {
                settings.delete();
            }
            return;
        }
        boolean isNew = settings == null;
        if (isNew) {
            settings = new DistributionSettings();
            settings.earningsModelId = earningsModelId;
        }
        settings.replaceWith(rule);
        if (isNew) {
            settings.persist();
        }
    }

    public DistributionRule toRule() {
        return new DistributionRule(
                key,
                fixedPercentages.stream()
                        .map(p -> new PartyPercentage(p.partyId, p.percentage))
                        .toList(),
                incentives.stream()
                        .map(i -> new Incentive(i.partyId, i.kind, i.value, i.unit))
                        .toList(),
                bounds.stream()
                        .map(b -> new ShareBound(b.partyId, b.floor, b.cap))
                        .toList());
    }

    /** Replaces the stored rule by a validated one. */
    public void replaceWith(DistributionRule rule) {
        key = rule.keyOrDefault();
        fixedPercentages.clear();
        for (PartyPercentage given : rule.fixedPercentages()) {
            Percentage row = new Percentage();
            row.partyId = given.partyId();
            row.percentage = given.percentage();
            fixedPercentages.add(row);
        }
        incentives.clear();
        for (Incentive given : rule.incentives()) {
            IncentiveRow row = new IncentiveRow();
            row.partyId = given.partyId();
            row.kind = given.kind();
            row.value = given.value();
            row.unit = given.unit();
            incentives.add(row);
        }
        bounds.clear();
        for (ShareBound given : rule.bounds()) {
            Bound row = new Bound();
            row.partyId = given.partyId();
            row.floor = given.floor();
            row.cap = given.cap();
            bounds.add(row);
        }
    }
}
