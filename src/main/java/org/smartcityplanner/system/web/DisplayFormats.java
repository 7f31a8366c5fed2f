package org.smartcityplanner.system.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates for templates ({@code ${@fmt.date(...)}}): Thai pages show the Buddhist Era with Thai month
 * abbreviations ("1 ต.ค. 2569"), English pages the Common Era; times are Bangkok time.
 */
@Component("fmt")
public class DisplayFormats {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	private static final String[] THAI_MONTHS = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
			"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };
	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		if (isThai()) {
			int buddhistYear = ThaiBuddhistDate.from(date).get(java.time.temporal.ChronoField.YEAR);
			return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + buddhistYear;
		}
		return ENGLISH_DATE.format(date);
	}

	/** A measured value with thousands separators and up to four decimals, e.g. {@code 11,800,000,000}. */
	public String number(java.math.BigDecimal value) {
		if (value == null) {
			return "";
		}
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####",
				java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		return format.format(value);
	}

	/** A share as people compare them down a column: always one decimal, e.g. {@code 31.9%} and {@code 40.0%}. */
	public String percent(java.math.BigDecimal value) {
		if (value == null) {
			return "";
		}
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.0",
				java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(value) + "%";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime local = instant.atZone(BANGKOK);
		return date(local.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(local);
	}

	private static boolean isThai() {
		return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
	}
}
