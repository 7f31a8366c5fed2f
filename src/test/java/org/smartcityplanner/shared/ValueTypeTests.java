package org.smartcityplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ValueTypeTests {

	@Test
	void fiscalYearIsNamedByTheBuddhistYearInWhichItEnds() {
		FiscalYear fy2570 = new FiscalYear(2570);
		assertThat(fy2570.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(fy2570.end()).isEqualTo(LocalDate.of(2027, 9, 30));
		assertThat(FiscalYear.containing(LocalDate.of(2026, 10, 1))).isEqualTo(fy2570);
		assertThat(FiscalYear.containing(LocalDate.of(2026, 9, 30))).isEqualTo(new FiscalYear(2569));
		assertThat(FiscalYear.containing(LocalDate.of(2027, 9, 30))).isEqualTo(fy2570);
		assertThat(fy2570.next()).isEqualTo(new FiscalYear(2571));
	}

	@Test
	void fiscalYearRejectsCommonEraYears() {
		assertThatThrownBy(() -> new FiscalYear(2026)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void provinceCodesFollowIso3166_2_TH() {
		assertThat(ProvinceCode.of(" th-65 ").value()).isEqualTo("TH-65");
		assertThat(ProvinceCode.isValid("TH-S")).isTrue();
		assertThat(ProvinceCode.isValid("TH-6")).isFalse();
		assertThat(ProvinceCode.isValid("65")).isFalse();
		assertThat(ProvinceCode.isValid(null)).isFalse();
		assertThatThrownBy(() -> new ProvinceCode("th-65")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void localizedTextFallsBackToThai() {
		LocalizedText named = new LocalizedText("พิษณุโลก", "Phitsanulok");
		assertThat(named.in(Locale.ENGLISH)).isEqualTo("Phitsanulok");
		assertThat(named.in(Locale.forLanguageTag("th"))).isEqualTo("พิษณุโลก");
		assertThat(new LocalizedText("ไทยเท่านั้น", null).in(Locale.ENGLISH)).isEqualTo("ไทยเท่านั้น");
		assertThatThrownBy(() -> new LocalizedText(" ", "English only")).isInstanceOf(IllegalArgumentException.class);
	}
}
