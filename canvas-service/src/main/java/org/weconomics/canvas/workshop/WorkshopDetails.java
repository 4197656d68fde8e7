package org.weconomics.canvas.workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The part of a workshop's plan that both setting it up and changing it send. */
interface WorkshopDetails {

    String title();

    LocalDate date();

    LocalTime startTime();

    LocalTime endTime();

    String place();

    String link();

    WorkshopLanguage language();

    WorkshopVariant variant();

    String caseText();

    List<String> facilitators();
}
