package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario with its overrides applied to the base: what the projection actually computes with, and
 * where each figure came from.
 *
 * @param volumes            index 0 is year 1
 * @param volumeOverridden   per year, whether the scenario overrides the base volume
 */
record ResolvedScenario(
        Scenario scenario,
        BigDecimal price,
        boolean priceOverridden,
        BigDecimal subsidyPerUnit,
        boolean subsidyOverridden,
        List<BigDecimal> volumes,
        List<Boolean> volumeOverridden) {

    ResolvedScenario {
        volumes = List.copyOf(volumes);
        volumeOverridden = List.copyOf(volumeOverridden);
    }

    /** Applies an override ({@code null} for none) to a validated base. */
    static ResolvedScenario of(Scenario scenario, RevenueBase base, ScenarioOverride override, int horizonYears) {
        BigDecimal baseSubsidy = base.subsidyPerUnit() == null ? BigDecimal.ZERO : base.subsidyPerUnit();
        List<BigDecimal> volumes = new ArrayList<>();
        List<Boolean> overridden = new ArrayList<>();
        for (int year = 1; year <= horizonYears; year++) {
            volumes.add(volumeOf(base.volumes(), year));
            overridden.add(false);
        }
        if (override == null) {
            return new ResolvedScenario(scenario, base.price(), false, baseSubsidy, false, volumes, overridden);
        }
        for (YearVolume volume : override.volumes()) {
            volumes.set(volume.year() - 1, volume.volume());
            overridden.set(volume.year() - 1, true);
        }
        return new ResolvedScenario(
                scenario,
                override.price() != null ? override.price() : base.price(),
                override.price() != null,
                override.subsidyPerUnit() != null ? override.subsidyPerUnit() : baseSubsidy,
                override.subsidyPerUnit() != null,
                volumes,
                overridden);
    }

    BigDecimal volume(int year) {
        return volumes.get(year - 1);
    }

    private static BigDecimal volumeOf(List<YearVolume> volumes, int year) {
        return volumes.stream()
                .filter(v -> v.year() == year)
                .findFirst()
                .orElseThrow()
                .volume();
    }
}
