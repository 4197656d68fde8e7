package org.weconomics.finance.calculation.cost;

import java.math.BigDecimal;

/**
 * One step of an activity of the value chain ("sub actie").
 *
 * @param id                  stable id, unique within its activity
 * @param name                what the step is
 * @param carriedBy           id of the party that carries its cost; {@code null} to take the activity's party
 * @param costPerUnit         cost of one unit of the step ("kost per unit"), not negative
 * @param quantityPerCustomer units needed to serve one customer ("# vereist / klant"), not negative
 */
public record SubAction(
        String id, String name, String carriedBy, BigDecimal costPerUnit, BigDecimal quantityPerCustomer) {}
