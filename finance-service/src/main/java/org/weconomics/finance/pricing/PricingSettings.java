package org.weconomics.finance.pricing;

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
import org.weconomics.finance.calculation.pricing.AddedValue;
import org.weconomics.finance.calculation.pricing.FixedMargin;
import org.weconomics.finance.calculation.pricing.FixedPrice;
import org.weconomics.finance.calculation.pricing.MarketAlternative;
import org.weconomics.finance.calculation.pricing.MarketAlternatives;
import org.weconomics.finance.calculation.pricing.MarketPosition;
import org.weconomics.finance.calculation.pricing.PremiumKind;
import org.weconomics.finance.calculation.pricing.PricingInput;
import org.weconomics.finance.calculation.pricing.PricingMethod;

/** The pricing methods as a partnership filled them in; a method is filled in when its leading figure is present. */
@Entity
@Table(name = "pricing_input")
public class PricingSettings extends PanacheEntityBase {

    @Id
    @Column(name = "earnings_model_id")
    public UUID earningsModelId;

    @Column(name = "fixed_price")
    public BigDecimal fixedPrice;

    @Column(name = "fixed_price_subsidy")
    public BigDecimal fixedPriceSubsidy;

    @Column(name = "fixed_margin_target")
    public BigDecimal fixedMarginTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "fixed_margin_unit")
    public ValueUnit fixedMarginUnit;

    @Column(name = "fixed_margin_subsidy")
    public BigDecimal fixedMarginSubsidy;

    @ElementCollection
    @CollectionTable(name = "pricing_market_alternative", joinColumns = @JoinColumn(name = "earnings_model_id"))
    @OrderColumn(name = "position")
    public List<Alternative> marketAlternatives = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "market_position")
    public MarketPosition marketPosition;

    @Column(name = "market_subsidy")
    public BigDecimal marketSubsidy;

    @Column(name = "added_value_reference")
    public BigDecimal addedValueReference;

    @Column(name = "added_value_premium")
    public BigDecimal addedValuePremium;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_value_unit")
    public ValueUnit addedValueUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_value_kind")
    public PremiumKind addedValueKind;

    @Column(name = "added_value_subsidy")
    public BigDecimal addedValueSubsidy;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_method")
    public PricingMethod chosenMethod;

    /** One market alternative. */
    @Embeddable
    public static class Alternative {
        public String name;
        public BigDecimal price;
    }

    /** The stored pricing of a model, or null when none was entered. */
    public static PricingInput inputOf(UUID earningsModelId) {
        PricingSettings settings = findById(earningsModelId);
        return settings == null ? null : settings.toInput();
    }

    /** Stores the pricing of a model: replaces what was there, or removes it when {@code input} is null. */
    public static void store(UUID earningsModelId, PricingInput input) {
        PricingSettings settings = findById(earningsModelId);
        if (input == null) {
            if (settings != null) {
                settings.delete();
            }
            return;
        }
        boolean isNew = settings == null;
        if (isNew) {
            settings = new PricingSettings();
            settings.earningsModelId = earningsModelId;
        }
        settings.replaceWith(input);
        if (isNew) {
            settings.persist();
        }
    }

    public PricingInput toInput() {
        FixedPrice fixed = fixedPrice == null ? null : new FixedPrice(fixedPrice, fixedPriceSubsidy);
        FixedMargin margin = fixedMarginTarget == null
                ? null
                : new FixedMargin(fixedMarginTarget, fixedMarginUnit, fixedMarginSubsidy);
        MarketAlternatives market = marketAlternatives.isEmpty()
                ? null
                : new MarketAlternatives(
                        marketAlternatives.stream()
                                .map(a -> new MarketAlternative(a.name, a.price))
                                .toList(),
                        marketPosition,
                        marketSubsidy);
        AddedValue added = addedValueReference == null
                ? null
                : new AddedValue(
                        addedValueReference, addedValuePremium, addedValueUnit, addedValueKind, addedValueSubsidy);
        return new PricingInput(fixed, margin, market, added, chosenMethod);
    }

    /** Replaces every stored method by the given ones. */
    public void replaceWith(PricingInput input) {
        FixedPrice fixed = input.fixedPrice();
        fixedPrice = fixed == null ? null : fixed.price();
        fixedPriceSubsidy = fixed == null ? null : fixed.subsidyPerUnit();
        FixedMargin margin = input.fixedMargin();
        fixedMarginTarget = margin == null ? null : margin.targetMargin();
        fixedMarginUnit = margin == null ? null : margin.unit();
        fixedMarginSubsidy = margin == null ? null : margin.subsidyPerUnit();
        MarketAlternatives market = input.marketAlternatives();
        marketAlternatives.clear();
        if (market != null) {
            for (MarketAlternative alternative : market.alternatives()) {
                Alternative row = new Alternative();
                row.name = alternative == null ? null : alternative.name();
                row.price = alternative == null ? null : alternative.price();
                marketAlternatives.add(row);
            }
        }
        marketPosition = market == null ? null : market.position();
        marketSubsidy = market == null ? null : market.subsidyPerUnit();
        AddedValue added = input.addedValue();
        addedValueReference = added == null ? null : added.referencePrice();
        addedValuePremium = added == null ? null : added.premium();
        addedValueUnit = added == null ? null : added.unit();
        addedValueKind = added == null ? null : added.kind();
        addedValueSubsidy = added == null ? null : added.subsidyPerUnit();
        chosenMethod = input.chosenMethod();
    }
}
