package org.weconomics.partnership.tension;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A solution the partners agreed for a tension.
 *
 * @param description what was agreed
 * @param agreedOn the day it was agreed
 * @param agreedBy the partners (ids) that agreed to it
 * @param recordedBy token subject of who recorded it
 */
public record Solution(String description, LocalDate agreedOn, List<UUID> agreedBy, String recordedBy) {}
