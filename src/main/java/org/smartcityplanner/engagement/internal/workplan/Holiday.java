package org.smartcityplanner.engagement.internal.workplan;

import java.time.LocalDate;

/**
 * A public holiday the admin lists; work-plan due dates avoid it.
 *
 * @param id the row's id
 * @param date the day
 * @param nameTh Thai name
 * @param nameEn English name
 */
public record Holiday(long id, LocalDate date, String nameTh, String nameEn) {
}
