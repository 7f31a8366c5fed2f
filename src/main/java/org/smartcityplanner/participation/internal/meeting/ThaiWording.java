package org.smartcityplanner.participation.internal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.smartcityplanner.publication.PublicationDates;

/** Dates and times the way Thai official letters and minutes write them. */
final class ThaiWording {

	private static final String[] DAYS = { "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์" };
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

	private ThaiWording() {
	}

	/** "วันจันทร์ที่ 14 ธันวาคม 2569". */
	static String day(Instant at) {
		LocalDate date = at.atZone(MeetingService.BANGKOK).toLocalDate();
		return "วัน" + DAYS[date.getDayOfWeek().getValue() - 1] + "ที่ " + PublicationDates.full(date);
	}

	/** "09.00 – 12.00 น.". */
	static String hours(Instant from, Instant to) {
		return time(from) + " – " + time(to) + " น.";
	}

	static String time(Instant at) {
		return TIME.format(ZonedDateTime.ofInstant(at, MeetingService.BANGKOK));
	}

	/** "09:30" as the minutes write it: "09.30 น.". */
	static String clock(String hhmm) {
		return hhmm.replace(':', '.') + " น.";
	}
}
