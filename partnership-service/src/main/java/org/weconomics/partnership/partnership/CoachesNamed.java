package org.weconomics.partnership.partnership;

/**
 * The coaches of a partnership were named (at its creation too), fired synchronously inside the transaction that
 * named them, so that the roles event, which also needs the partners, is recorded with the change.
 */
public record CoachesNamed(Partnership partnership) {}
