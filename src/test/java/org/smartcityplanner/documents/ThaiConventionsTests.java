package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;

class ThaiConventionsTests {

	@Test
	void writesAmountsInThaiWordsLikeBahtText() {
		assertThat(BahtText.thai(Baht.of(1_200_000))).isEqualTo("หนึ่งล้านสองแสนบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(0))).isEqualTo("ศูนย์บาทถ้วน");
		assertThat(BahtText.thai(Baht.of(1))).isEqualTo("หนึ่งบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(11))).isEqualTo("สิบเอ็ดบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(20))).isEqualTo("ยี่สิบบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(101))).isEqualTo("หนึ่งร้อยเอ็ดบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(1_000_001))).isEqualTo("หนึ่งล้านเอ็ดบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(11_000_000))).isEqualTo("สิบเอ็ดล้านบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(21_520_000))).isEqualTo("ยี่สิบเอ็ดล้านห้าแสนสองหมื่นบาทถ้วน");
		assertThat(BahtText.thai(Baht.of(1_000_000_000_000L))).isEqualTo("หนึ่งล้านล้านบาทถ้วน");
		assertThat(BahtText.thai(new BigDecimal("21.25"))).isEqualTo("ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์");
		assertThat(BahtText.thai(new BigDecimal("0.50"))).isEqualTo("ห้าสิบสตางค์");
		assertThat(BahtText.thai(new BigDecimal("1234.01"))).isEqualTo("หนึ่งพันสองร้อยสามสิบสี่บาทหนึ่งสตางค์");
		assertThat(BahtText.thai(new Baht(-150))).isEqualTo("ลบหนึ่งบาทห้าสิบสตางค์");
	}

	@Test
	void writesDatesInTheBuddhistEraWithThaiMonthNames() {
		LocalDate date = LocalDate.of(2026, 11, 25);
		assertThat(ThaiDates.full(date)).isEqualTo("25 พฤศจิกายน 2569");
		assertThat(ThaiDates.abbreviated(date)).isEqualTo("25 พ.ย. 2569");
		assertThat(ThaiDates.monthYear(LocalDate.of(2027, 1, 1))).isEqualTo("มกราคม 2570");
		assertThat(ThaiDates.format(date, DocumentLanguage.THAI, true)).isEqualTo("๒๕ พฤศจิกายน ๒๕๖๙");
		assertThat(ThaiDates.format(date, DocumentLanguage.ENGLISH, false)).isEqualTo("25 November 2026");
	}

	@Test
	void convertsDigitsToThaiNumeralsAndBack() {
		assertThat(ThaiNumerals.toThai("หน้า 12 ปี 2569")).isEqualTo("หน้า ๑๒ ปี ๒๕๖๙");
		assertThat(ThaiNumerals.toArabic("๑,๒๓๔.๕๖")).isEqualTo("1,234.56");
		assertThat(ThaiNumerals.apply("10", false)).isEqualTo("10");
	}

	@Test
	void formatsNumbersWithThousandsSeparators() {
		assertThat(NumberText.baht(Baht.of(1_200_000), false)).isEqualTo("1,200,000.00");
		assertThat(NumberText.baht(Baht.of(1_200_000), true)).isEqualTo("๑,๒๐๐,๐๐๐.๐๐");
		assertThat(NumberText.format(new BigDecimal("1234.5"), NumberStyle.INTEGER, false)).isEqualTo("1,235");
		assertThat(NumberText.format(new BigDecimal("0.125"), NumberStyle.PERCENT, false)).isEqualTo("12.5%");
		assertThat(NumberText.format(new BigDecimal("2569"), NumberStyle.PLAIN, false)).isEqualTo("2569");
	}
}
