package org.weconomics.partnership.tension;

/** A typical tension of the catalogue, in one language, as a recorded tension takes it over. */
record TypicalTension(
        String title, String description, ValueDomain valueDomain, BmcBlock bmcBlock, TensionCategory category) {}
