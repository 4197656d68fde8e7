package org.weconomics.partnership.typology;

import java.util.Optional;

/**
 * The four types of blended business model, each the meeting of one value of both typology axes:
 * A platform (innovative, differentiated), B co-creation enterprise (innovative, integrated),
 * C collaboration (traditional, differentiated), D new enterprise (traditional, integrated).
 */
public enum PartnershipType {
    A(BusinessModelChange.INNOVATIVE, ActivityIntegration.DIFFERENTIATED),
    B(BusinessModelChange.INNOVATIVE, ActivityIntegration.INTEGRATED),
    C(BusinessModelChange.TRADITIONAL, ActivityIntegration.DIFFERENTIATED),
    D(BusinessModelChange.TRADITIONAL, ActivityIntegration.INTEGRATED);

    private final BusinessModelChange businessModel;
    private final ActivityIntegration activities;

    PartnershipType(BusinessModelChange businessModel, ActivityIntegration activities) {
        this.businessModel = businessModel;
        this.activities = activities;
    }

    /** The type both axes give; empty while either axis is not chosen. */
    public static Optional<PartnershipType> of(BusinessModelChange businessModel, ActivityIntegration activities) {
        for (PartnershipType type : values()) {
            if (type.businessModel == businessModel && type.activities == activities) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type named by its letter, in either case. */
    public static Optional<PartnershipType> fromLetter(String letter) {
        for (PartnershipType type : values()) {
            if (type.name().equalsIgnoreCase(letter)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public BusinessModelChange businessModel() {
        return businessModel;
    }

    public ActivityIntegration activities() {
        return activities;
    }
}
