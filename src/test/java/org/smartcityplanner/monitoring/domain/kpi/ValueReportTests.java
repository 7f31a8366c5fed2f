package org.smartcityplanner.monitoring.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ValueReportTests {

	private static final BigDecimal TARGET = new BigDecimal("60");

	@Test
	void unitTextSaysWhatKindOfNumberIsExpected() {
		assertThat(UnitKind.of("ร้อยละ")).isEqualTo(UnitKind.PERCENT);
		assertThat(UnitKind.of("%")).isEqualTo(UnitKind.PERCENT);
		assertThat(UnitKind.of("คน")).isEqualTo(UnitKind.COUNT);
		assertThat(UnitKind.of("แห่ง")).isEqualTo(UnitKind.COUNT);
		assertThat(UnitKind.of("µg/m³")).isEqualTo(UnitKind.MEASURE);
		assertThat(UnitKind.of(null)).isEqualTo(UnitKind.MEASURE);
	}

	@Test
	void percentagesAreZeroToHundred() {
		assertThat(UnitKind.PERCENT.parse("100")).isEqualByComparingTo("100");
		assertThat(UnitKind.PERCENT.parse("72.50")).isEqualByComparingTo("72.5");
		refused(() -> UnitKind.PERCENT.parse("100.01"), "monitoring.kpi.rule.value.percent");
		refused(() -> UnitKind.PERCENT.parse("-1"), "monitoring.kpi.rule.value.negative");
		refused(() -> UnitKind.PERCENT.parse("12.345"), "monitoring.kpi.rule.value.decimals");
	}

	@Test
	void countsAreNonNegativeWholeNumbers() {
		assertThat(UnitKind.COUNT.parse("1,250")).isEqualByComparingTo("1250");
		assertThat(UnitKind.COUNT.parse("12.0")).isEqualByComparingTo("12");
		refused(() -> UnitKind.COUNT.parse("12.5"), "monitoring.kpi.rule.value.wholeNumber");
		refused(() -> UnitKind.COUNT.parse("-3"), "monitoring.kpi.rule.value.negative");
	}

	@Test
	void textThatIsNoNumberIsRefusedByName() {
		refused(() -> UnitKind.MEASURE.parse("สามสิบ"), "monitoring.kpi.rule.value.notNumber");
		refused(() -> UnitKind.MEASURE.parse(" "), "monitoring.kpi.rule.value.required");
		refused(() -> UnitKind.MEASURE.parse("1e400"), "monitoring.kpi.rule.value.tooLarge");
	}

	@Test
	void aValueMissingItsTargetNeedsANote() {
		FieldRefused refused = catchRefused(() -> ValueReport.check("ร้อยละ", "40", "สำนักงานจังหวัด", " ", TARGET,
				Direction.HIGHER_IS_BETTER, Thresholds.DEFAULT));
		assertThat(refused.field()).isEqualTo("note");
		assertThat(refused.messageKey()).isEqualTo("monitoring.kpi.rule.note.required");
		ValueReport withNote = ValueReport.check("ร้อยละ", "40", "สำนักงานจังหวัด", "งบประมาณล่าช้า", TARGET,
				Direction.HIGHER_IS_BETTER, Thresholds.DEFAULT);
		assertThat(withNote.note()).isEqualTo("งบประมาณล่าช้า");
	}

	@Test
	void aValueOnTrackNeedsNoNoteButAlwaysASource() {
		assertThat(ValueReport.check("ร้อยละ", "59", "สำนักงานจังหวัด", "", TARGET, Direction.HIGHER_IS_BETTER,
				Thresholds.DEFAULT).actual()).isEqualByComparingTo("59");
		FieldRefused refused = catchRefused(() -> ValueReport.check("ร้อยละ", "59", "", "", TARGET,
				Direction.HIGHER_IS_BETTER, Thresholds.DEFAULT));
		assertThat(refused.field()).isEqualTo("source");
	}

	@Test
	void aWrongValueNamesTheValueField() {
		FieldRefused refused = catchRefused(() -> ValueReport.check("คน", "3.5", "ทะเบียน", "", TARGET,
				Direction.HIGHER_IS_BETTER, Thresholds.DEFAULT));
		assertThat(refused.field()).isEqualTo("value");
		assertThat(refused.messageKey()).isEqualTo("monitoring.kpi.rule.value.wholeNumber");
	}

	private static void refused(ThrowingCallable call, String key) {
		assertThatThrownBy(call).hasMessageStartingWith(key);
	}

	private static FieldRefused catchRefused(ThrowingCallable call) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
		assertThat(thrown).isInstanceOf(FieldRefused.class);
		return (FieldRefused) thrown;
	}
}
