package org.weconomics.finance.projection;

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
import org.weconomics.finance.calculation.projection.Investment;
import org.weconomics.finance.calculation.projection.ProjectionInput;
import org.weconomics.finance.calculation.projection.RevenueBase;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.calculation.projection.ScenarioOverride;
import org.weconomics.finance.calculation.projection.YearVolume;
import org.weconomics.finance.calculation.projection.YearlyCostLine;

/**
 * The inputs of a model's multi-year projection: the revenue base with its horizon and scenario
 * overrides, the investments and the yearly cost lines. Each is replaced as a whole list.
 */
@Entity
@Table(name = "projection_input")
public class ProjectionSettings extends PanacheEntityBase {

    @Id
    @Column(name = "earnings_model_id")
    public UUID earningsModelId;

    /** Null until the revenue base is given; there is no projection without it. */
    @Column(name = "horizon_years")
    public Integer horizonYears;

    @Column(name = "revenue_given", nullable = false)
    public boolean revenueGiven;

    @Column(name = "revenue_price")
    public BigDecimal revenuePrice;

    @Column(name = "revenue_subsidy")
    public BigDecimal revenueSubsidy;

    @ElementCollection
    @CollectionTable(name = "projection_base_volume", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<Volume> baseVolumes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "projection_scenario", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<ScenarioRow> scenarios = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "projection_scenario_volume", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<ScenarioVolume> scenarioVolumes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "projection_investment", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<InvestmentRow> investments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "projection_yearly_cost_line", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<CostLine> yearlyCosts = new ArrayList<>();

    @Embeddable
    public static class Volume {
        public Integer year;
        public BigDecimal volume;
    }

    @Embeddable
    public static class ScenarioRow {
        @Enumerated(EnumType.STRING)
        public Scenario scenario;

        public BigDecimal price;

        @Column(name = "subsidy_per_unit")
        public BigDecimal subsidyPerUnit;
    }

    @Embeddable
    public static class ScenarioVolume {
        @Column(name = "scenario_position", nullable = false)
        public int scenarioPosition;

        public Integer year;
        public BigDecimal volume;
    }

    @Embeddable
    public static class InvestmentRow {
        @Column(name = "party_id")
        public String partyId;

        public Integer year;
        public String item;
        public BigDecimal amount;
    }

    @Embeddable
    public static class CostLine {
        @Column(name = "party_id")
        public String partyId;

        public String item;

        @Column(name = "cost_per_piece")
        public BigDecimal costPerPiece;

        public BigDecimal quantity;
    }

    /** The stored projection of a model, or null while it has no revenue base. */
    public static ProjectionInput inputOf(UUID earningsModelId) {
        ProjectionSettings settings = findById(earningsModelId);
        return settings == null ? null : settings.toInput();
    }

    /** The same inputs, with lists that were never entered as empty lists; null while there is no revenue base. */
    public ProjectionInput toInput() {
        if (!revenueGiven) {
            return null;
        }
        return new ProjectionInput(
                horizonYears,
                new RevenueBase(revenuePrice, revenueSubsidy, volumes(baseVolumes)),
                scenarioOverrides(),
                investmentInputs(),
                costLineInputs());
    }

    public List<ScenarioOverride> scenarioOverrides() {
        List<ScenarioOverride> overrides = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            int position = i;
            ScenarioRow row = scenarios.get(i);
            overrides.add(new ScenarioOverride(
                    row.scenario,
                    row.price,
                    row.subsidyPerUnit,
                    scenarioVolumes.stream()
                            .filter(v -> v.scenarioPosition == position)
                            .map(v -> new YearVolume(v.year, v.volume))
                            .toList()));
        }
        return overrides;
    }

    public List<Investment> investmentInputs() {
        return investments.stream()
                .map(i -> new Investment(i.partyId, i.year, i.item, i.amount))
                .toList();
    }

    public List<YearlyCostLine> costLineInputs() {
        return yearlyCosts.stream()
                .map(l -> new YearlyCostLine(l.partyId, l.item, l.costPerPiece, l.quantity))
                .toList();
    }

    public void replaceRevenue(Integer horizon, RevenueBase base, List<ScenarioOverride> overrides) {
        revenueGiven = true;
        horizonYears = horizon;
        revenuePrice = base.price();
        revenueSubsidy = base.subsidyPerUnit();
        baseVolumes.clear();
        for (YearVolume given : base.volumes()) {
            baseVolumes.add(volume(given));
        }
        scenarios.clear();
        scenarioVolumes.clear();
        for (int i = 0; i < overrides.size(); i++) {
            ScenarioOverride given = overrides.get(i);
            ScenarioRow row = new ScenarioRow();
            row.scenario = given.scenario();
            row.price = given.price();
            row.subsidyPerUnit = given.subsidyPerUnit();
            scenarios.add(row);
            for (YearVolume volume : given.volumes()) {
                ScenarioVolume stored = new ScenarioVolume();
                stored.scenarioPosition = i;
                stored.year = volume.year();
                stored.volume = volume.volume();
                scenarioVolumes.add(stored);
            }
        }
    }

    public void replaceInvestments(List<Investment> given) {
        investments.clear();
        for (Investment investment : given) {
            InvestmentRow row = new InvestmentRow();
            row.partyId = investment.partyId();
            row.year = investment.year();
            row.item = investment.item();
            row.amount = investment.amount();
            investments.add(row);
        }
    }

    public void replaceYearlyCosts(List<YearlyCostLine> given) {
        yearlyCosts.clear();
        for (YearlyCostLine line : given) {
            CostLine row = new CostLine();
            row.partyId = line.partyId();
            row.item = line.item();
            row.costPerPiece = line.costPerPiece();
            row.quantity = line.quantity();
            yearlyCosts.add(row);
        }
    }

    private static List<YearVolume> volumes(List<Volume> rows) {
        return rows.stream().map(v -> new YearVolume(v.year, v.volume)).toList();
    }

    private static Volume volume(YearVolume given) {
        Volume row = new Volume();
        row.year = given.year();
        row.volume = given.volume();
        return row;
    }
}
