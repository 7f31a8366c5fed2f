package org.smartcityplanner.engagement.internal.workplan;

import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.engagement.domain.workplan.WorkingCalendar;

/** The public holidays the admin lists, and the working calendar they make. */
public interface HolidayUseCases {

	/** Every listed holiday, by date. */
	List<Holiday> holidays();

	/** Lists a holiday; a date already listed, or a missing name, is refused naming the field. */
	Holiday add(LocalDate date, String nameTh, String nameEn);

	/** Removes a listed holiday. */
	void remove(long id);

	/** Weekends plus the listed holidays. */
	WorkingCalendar calendar();
}
