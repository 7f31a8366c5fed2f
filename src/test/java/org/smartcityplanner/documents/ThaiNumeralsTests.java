package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thai numerals everywhere, except digits inside words written with Latin letters, which must stay typeable. */
class ThaiNumeralsTests {

	@Test
	void turnsFiguresDatesAndThaiWordsIntoThaiDigits() {
		assertThat(ThaiNumerals.toThai("งบประมาณ 163,800,000.00 บาท ปีงบ2570 (ร้อยละ 12.5)"))
			.isEqualTo("งบประมาณ ๑๖๓,๘๐๐,๐๐๐.๐๐ บาท ปีงบ๒๕๗๐ (ร้อยละ ๑๒.๕)");
	}

	@Test
	void keepsTheDigitsOfAddressesCodesAndLatinNames() {
		assertThat(ThaiNumerals.toThai("ตรวจสอบได้ที่ https://scp.example/verify?code=K7Q2-M9XP ภายใน 30 วัน"))
			.isEqualTo("ตรวจสอบได้ที่ https://scp.example/verify?code=K7Q2-M9XP ภายใน ๓๐ วัน");
		assertThat(ThaiNumerals.toThai("ฝุ่น PM2.5 ตาม SDG11 จังหวัด TH-65 ข้อ 11"))
			.isEqualTo("ฝุ่น PM2.5 ตาม SDG11 จังหวัด TH-65 ข้อ ๑๑");
	}
}
