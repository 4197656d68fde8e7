package org.weconomics.partnership.tension;

/** The filters of the register list; null means "any". */
public record TensionFilter(
        TensionStatus status, TensionCategory category, ValueDomain valueDomain, BmcBlock bmcBlock, boolean overdue) {}
