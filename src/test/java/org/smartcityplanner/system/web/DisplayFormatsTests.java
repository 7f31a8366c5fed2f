package org.smartcityplanner.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DisplayFormatsTests {

	DisplayFormats formats = new DisplayFormats();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void thaiDatesUseTheBuddhistEraAndThaiMonths() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		assertThat(formats.date(LocalDate.of(2026, 10, 1))).isEqualTo("1 ต.ค. 2569");
		assertThat(formats.date(LocalDate.of(2027, 3, 29))).isEqualTo("29 มี.ค. 2570");
	}

	@Test
	void sharesAlwaysShowOneDecimalSoAColumnReadsEvenly() {
		assertThat(formats.percent(new java.math.BigDecimal("31.91"))).isEqualTo("31.9%");
		assertThat(formats.percent(new java.math.BigDecimal("40"))).isEqualTo("40.0%");
		assertThat(formats.percent(new java.math.BigDecimal("17.05"))).isEqualTo("17.1%");
		assertThat(formats.percent(null)).isEmpty();
	}

	@Test
	void englishDatesUseTheCommonEra() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.date(LocalDate.of(2026, 10, 1))).isEqualTo("1 Oct 2026");
	}

	@Test
	void timesAreBangkokTime() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		assertThat(formats.dateTime(Instant.parse("2026-11-24T20:30:00Z"))).isEqualTo("25 พ.ย. 2569 03:30");
		assertThat(formats.dateTime(null)).isEmpty();
	}
}
